namespace Itinera.Web.Features.Demo;

// Temporary stand-in until the generator branch merges (replaced by helper/demo).
internal sealed class SyntheticPersons(int seed, DateOnly today)
{
    public IEnumerable<SyntheticPerson> Take(int count)
    {
        var r = new Random(seed);
        for (var i = 0; i < count; i++)
            yield return new SyntheticPerson("Test" + r.Next(), "Demo", null, 'M', today.AddYears(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), false, null, "SY", "SY", SyntheticProfile.ProtectionApplicant, [], [], null);
    }
}
