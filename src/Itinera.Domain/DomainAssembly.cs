namespace Itinera.Domain;
/// <summary>Marker for the pure domain assembly: value types, legal rules, state machines. No I/O, no packages.</summary>
public static class DomainAssembly;
