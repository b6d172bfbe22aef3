using DexFlow.Contracts.Parcels;

namespace DexFlow.Grains.Parcels;

/// <summary>What the parcel state machine decides on: the stage, and the step a recorded failure stopped at.</summary>
public readonly record struct ParcelFacts(ParcelStage Stage, ParcelStage? FailedStep = null);
