namespace Itinera.Domain.Persons;

/// <summary>Sex as recorded for a person. <see cref="Unknown"/> means not recorded or not known.</summary>
public enum Sex
{
    Unknown = 0,
    Male = 1,
    Female = 2,
}
