// Shared group 0 of every simulation pass, created by src/engine/resources.ts.

// Packed parameters (struct Params, generated into params.wgsl from src/model/gpu-params.ts).
@group(0) @binding(0) var<uniform> P: Params;
// Which hour and phase a dispatch belongs to (struct Clock, generated into params.wgsl from
// src/engine/clock.ts): one 256-byte record per (hour, phase), chosen with a dynamic offset, so one
// submit can hold many hours.
@group(0) @binding(1) var<uniform> clock: Clock;
// Lookup tables: thresholds by O2, chemokine, antigen × PD-L1; field coefficients (LUT_* offsets).
@group(0) @binding(2) var<storage, read> lut: array<u32>;

override WG: u32 = 8u;
