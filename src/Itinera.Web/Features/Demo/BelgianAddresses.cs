using System.Globalization;

namespace Itinera.Web.Features.Demo;

/// <summary>Belgian municipalities (postal code, name, region) weighted roughly by where newcomers live.</summary>
internal static class BelgianAddresses
{
    private enum Region
    {
        Brussels,
        Flanders,
        Wallonia,
    }

    private readonly record struct Municipality(string PostalCode, string Name, Region Region, int Weight);

    private static readonly Municipality[] Municipalities =
    [
        // Brussels-Capital Region (the 19 communes; 1020 Laeken, 1120 Neder-Over-Heembeek and 1130 Haren belong to Bruxelles).
        new("1000", "Bruxelles", Region.Brussels, 80),
        new("1020", "Bruxelles", Region.Brussels, 30),
        new("1120", "Bruxelles", Region.Brussels, 8),
        new("1130", "Bruxelles", Region.Brussels, 5),
        new("1030", "Schaerbeek", Region.Brussels, 90),
        new("1040", "Etterbeek", Region.Brussels, 30),
        new("1050", "Ixelles", Region.Brussels, 40),
        new("1060", "Saint-Gilles", Region.Brussels, 40),
        new("1070", "Anderlecht", Region.Brussels, 80),
        new("1080", "Molenbeek-Saint-Jean", Region.Brussels, 80),
        new("1081", "Koekelberg", Region.Brussels, 20),
        new("1082", "Berchem-Sainte-Agathe", Region.Brussels, 10),
        new("1083", "Ganshoren", Region.Brussels, 10),
        new("1090", "Jette", Region.Brussels, 20),
        new("1140", "Evere", Region.Brussels, 20),
        new("1150", "Woluwe-Saint-Pierre", Region.Brussels, 5),
        new("1160", "Auderghem", Region.Brussels, 10),
        new("1170", "Watermael-Boitsfort", Region.Brussels, 5),
        new("1180", "Uccle", Region.Brussels, 10),
        new("1190", "Forest", Region.Brussels, 30),
        new("1200", "Woluwe-Saint-Lambert", Region.Brussels, 10),
        new("1210", "Saint-Josse-ten-Noode", Region.Brussels, 40),

        // Flanders.
        new("2000", "Antwerpen", Region.Flanders, 50),
        new("2018", "Antwerpen", Region.Flanders, 25),
        new("2060", "Antwerpen", Region.Flanders, 40),
        new("2100", "Antwerpen", Region.Flanders, 15),
        new("2140", "Antwerpen", Region.Flanders, 25),
        new("2170", "Antwerpen", Region.Flanders, 10),
        new("2800", "Mechelen", Region.Flanders, 20),
        new("3000", "Leuven", Region.Flanders, 20),
        new("3500", "Hasselt", Region.Flanders, 10),
        new("3600", "Genk", Region.Flanders, 20),
        new("3800", "Sint-Truiden", Region.Flanders, 5),
        new("8000", "Brugge", Region.Flanders, 10),
        new("8400", "Oostende", Region.Flanders, 15),
        new("8500", "Kortrijk", Region.Flanders, 10),
        new("8800", "Roeselare", Region.Flanders, 5),
        new("9000", "Gent", Region.Flanders, 40),
        new("9100", "Sint-Niklaas", Region.Flanders, 10),
        new("9160", "Lokeren", Region.Flanders, 3),
        new("9200", "Dendermonde", Region.Flanders, 3),
        new("9300", "Aalst", Region.Flanders, 10),
        new("1800", "Vilvoorde", Region.Flanders, 15),
        new("2300", "Turnhout", Region.Flanders, 7),

        // Wallonia.
        new("4000", "Liège", Region.Wallonia, 50),
        new("4020", "Liège", Region.Wallonia, 20),
        new("4040", "Herstal", Region.Wallonia, 10),
        new("4100", "Seraing", Region.Wallonia, 15),
        new("4430", "Ans", Region.Wallonia, 5),
        new("4500", "Huy", Region.Wallonia, 5),
        new("4800", "Verviers", Region.Wallonia, 15),
        new("5000", "Namur", Region.Wallonia, 15),
        new("6000", "Charleroi", Region.Wallonia, 40),
        new("6700", "Arlon", Region.Wallonia, 5),
        new("7000", "Mons", Region.Wallonia, 15),
        new("7100", "La Louvière", Region.Wallonia, 15),
        new("7500", "Tournai", Region.Wallonia, 7),
        new("7700", "Mouscron", Region.Wallonia, 5),
        new("1300", "Wavre", Region.Wallonia, 5),
        new("1340", "Ottignies-Louvain-la-Neuve", Region.Wallonia, 5),
        new("1400", "Nivelles", Region.Wallonia, 5),
    ];

    private static readonly int TotalWeight = Municipalities.Sum(m => m.Weight);

    private static readonly string[] FrenchStreets =
    [
        "Rue de la Station", "Rue de l'Église", "Rue du Moulin", "Rue Haute", "Rue Neuve", "Rue des Écoles",
        "Rue du Marché", "Rue de la Paix", "Rue du Midi", "Avenue des Acacias", "Rue des Tilleuls",
        "Chaussée de Bruxelles", "Rue de la Gare", "Rue Saint-Lambert", "Rue du Progrès", "Rue de la Victoire",
        "Avenue Albert Ier", "Rue Léopold", "Boulevard Émile Zola", "Rue des Alliés", "Rue de France",
        "Rue de l'Industrie", "Rue des Fleurs", "Avenue de la Liberté", "Rue du Centre", "Place communale",
        "Rue Victor Hugo", "Rue de la Fontaine", "Rue des Champs", "Rue Général Leman",
    ];

    private static readonly string[] DutchStreets =
    [
        "Stationsstraat", "Kerkstraat", "Dorpstraat", "Molenstraat", "Nieuwstraat", "Kapelstraat", "Schoolstraat",
        "Beekstraat", "Lindenlaan", "Kasteelstraat", "Veldstraat", "Hoogstraat", "Brugstraat", "Leopoldstraat",
        "Sint-Jansstraat", "Tuinstraat", "Populierenlaan", "Koning Albertlaan", "Vredestraat", "Marktstraat",
        "Kruisstraat", "Bredabaan", "Lange Kievitstraat", "Turnhoutsebaan", "Kortrijksesteenweg",
        "Brusselsesteenweg", "Pastoor de Neckerstraat", "Rozenstraat", "Meerstraat", "Wolstraat",
    ];

    public static SyntheticAddress Next(Random rng)
    {
        var pick = rng.Next(TotalWeight);
        var m = Municipalities[^1];
        foreach (var candidate in Municipalities)
        {
            if (pick < candidate.Weight)
            {
                m = candidate;
                break;
            }

            pick -= candidate.Weight;
        }

        var dutch = m.Region == Region.Flanders;
        var streets = dutch ? DutchStreets : FrenchStreets;
        var street = streets[rng.Next(streets.Length)];

        // Lower house numbers are more common; flats have a box number.
        var house = 1 + (int)(180 * Math.Pow(rng.NextDouble(), 1.8));
        var number = house.ToString(CultureInfo.InvariantCulture);
        var r = rng.NextDouble();
        if (r < 0.08)
        {
            number += (char)('A' + rng.Next(3));
        }
        else if (r < 0.45)
        {
            var box = rng.Next(4) == 0 ? rng.Next(1, 30) : rng.Next(1, 8);
            number += (dutch ? " bus " : " bte ") + box.ToString(CultureInfo.InvariantCulture);
        }

        return new SyntheticAddress(street, number, m.PostalCode, m.Name);
    }
}
