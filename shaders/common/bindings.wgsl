// Shared group 0 of every simulation pass, created by src/engine/resources.ts.

// Which hour and phase a dispatch belongs to: one 256-byte record per dispatch group, chosen with a
// dynamic offset, so one submit can hold many hours.
struct Clock {
  // pcg(seed ^ pcg(tick)): the per-dispatch key of every random draw
  key: u32,
  // model hour being simulated (0-based)
  hour: u32,
  // statistics record of this hour within the batch
  slot: u32,
  // 0 = hourly rules, 1..substeps = motility sub-step
  phase: u32,
  // the hour's therapy exposure, computed on the host from the dose schedule
  dose: Exposure,
}

// Packed parameters (struct generated into params.wgsl from src/model/gpu-params.ts).
@group(0) @binding(0) var<uniform> P: Params;
@group(0) @binding(1) var<uniform> clock: Clock;
// Lookup tables: thresholds by O2, chemokine, antigen × PD-L1; field coefficients (LUT_* offsets).
@group(0) @binding(2) var<storage, read> lut: array<u32>;

override WG: u32 = 8u;
