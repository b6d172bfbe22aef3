using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing.Orders;

/// <summary>
/// The words of a customer's print order (<c>DexFlow:Indexing:Extraction:Orders</c>): the labels of each field in
/// English, German, French, Italian and Dutch, the products and finishing operations a shop prices, and the units a
/// quantity is counted in. Matched case-insensitively, a label as whole words. Configuration extends these lists and
/// dictionaries; it does not replace them.
/// </summary>
public sealed class OrderLexicon
{
    public Dictionary<string, string[]> Labels { get; set; } = new()
    {
        [FieldNames.CustomerName] = ["customer", "client", "kunde", "auftraggeber", "cliente", "klant", "opdrachtgever", "ordered by", "bill to", "invoice to", "from"],
        [FieldNames.CustomerReference] =
        [
            "purchase order no.", "purchase order no", "purchase order number", "purchase order", "po number", "po no.", "po no", "p.o. #", "p.o. no.", "po #", "po",
            "order no.", "order number", "your order", "bestellnummer", "bestell-nr.", "bestellung nr.", "n° de commande", "numéro de commande", "bon de commande n°",
            "numero d'ordine", "ordine n.", "bestelnummer", "ordernummer", "inkoopordernummer",
        ],
        [FieldNames.OrderDate] = ["date", "order date", "issued", "datum", "bestelldatum", "date de commande", "data", "data ordine", "besteldatum"],
        [FieldNames.Product] = ["product", "item", "article", "produkt", "artikel", "produit", "prodotto", "articolo"],
        [FieldNames.FinishedSize] = ["finished size", "size", "format", "endformat", "format fini", "formato", "formaat", "eindformaat"],
        [FieldNames.Quantity] = ["quantity", "qty", "run", "copies", "print run", "auflage", "menge", "anzahl", "stückzahl", "quantité", "tirage", "quantità", "tiratura", "aantal", "oplage"],
        [FieldNames.Pages] = ["number of pages", "pages", "extent", "umfang", "seiten", "seitenzahl", "nombre de pages", "pagine", "numero di pagine", "pagina's", "aantal pagina's", "omvang"],
        [FieldNames.Colours] = ["colours", "colors", "colour", "color", "inks", "printing", "farbigkeit", "farben", "druckfarben", "couleurs", "impression", "colori", "stampa", "kleuren", "druk"],
        [FieldNames.Paper] = ["paper", "stock", "material", "substrate", "papier", "papiersorte", "bedruckstoff", "carta", "supporto", "papiersoort"],
        [FieldNames.Finishing] = ["finishing", "finish", "weiterverarbeitung", "verarbeitung", "finition", "façonnage", "finitura", "allestimento", "afwerking", "nabewerking"],
        [FieldNames.DueDate] =
        [
            "delivery date", "due", "due date", "required by", "deliver by", "delivery by", "req. date", "required delivery", "required delivery date", "delivery",
            "liefertermin", "lieferdatum", "lieferung", "wunschtermin", "gewünschter liefertermin", "date de livraison",
            "livraison", "data di consegna", "consegna", "leverdatum", "leveringsdatum",
        ],
    };

    /// <summary>
    /// Labels of what the reader uses without giving it as a field: the delivery address (its first line names the
    /// customer when nothing else does) and the supplier (the shop itself, never the customer).
    /// </summary>
    public Dictionary<string, string[]> Helpers { get; set; } = new()
    {
        [DeliveryAddress] = ["delivery address", "deliver to", "ship to", "lieferadresse", "lieferanschrift", "adresse de livraison", "livrer à", "indirizzo di consegna", "afleveradres", "leveradres"],
        [Supplier] = ["supplier", "vendor", "to", "lieferant", "fournisseur", "fornitore", "leverancier"],
    };

    public const string DeliveryAddress = "delivery address", Supplier = "supplier";

    /// <summary>Labels of fields DexFlow does not read, so that a value ends where one of them starts.</summary>
    public string[] OtherLabels { get; set; } =
    [
        "buyer", "e-mail", "email", "contact", "contact e-mail", "our contact", "ansprechpartner", "signature / stamp", "questions", "notes", "pos.",
        "description", "line", "phone", "fax", "tel", "re",
    ];

    /// <summary>Products by the words that name them, first match wins; the value is the product as a shop calls it.</summary>
    public Dictionary<string, string> Products { get; set; } = new()
    {
        ["business card"] = "business cards", ["visitenkarte"] = "business cards", ["cartes de visite"] = "business cards", ["biglietti da visita"] = "business cards", ["visitekaartje"] = "business cards",
        ["brochure"] = "brochure", ["broschüre"] = "brochure", ["brochüre"] = "brochure", ["opuscolo"] = "brochure",
        ["booklet"] = "booklet", ["heft"] = "booklet",
        ["catalogue"] = "catalogue", ["catalog"] = "catalogue", ["katalog"] = "catalogue", ["catalogo"] = "catalogue",
        ["book"] = "book", ["buch"] = "book", ["livre"] = "book", ["libro"] = "book", ["boek"] = "book",
        ["poster"] = "poster", ["plakat"] = "poster", ["affiche"] = "poster", ["manifesto"] = "poster",
        ["flyer"] = "flyer", ["flugblatt"] = "flyer", ["volantino"] = "flyer",
        ["leaflet"] = "leaflet", ["prospekt"] = "leaflet", ["dépliant"] = "leaflet", ["folder"] = "folder", ["mappe"] = "folder",
        ["postcard"] = "postcard", ["postkarte"] = "postcard", ["carte postale"] = "postcard", ["cartolina"] = "postcard", ["ansichtkaart"] = "postcard",
        ["letterhead"] = "letterhead", ["briefpapier"] = "letterhead", ["papier à en-tête"] = "letterhead", ["carta intestata"] = "letterhead",
    };

    /// <summary>Products of a single sheet whose pages are their printed sides (a business card has two pages however it is printed).</summary>
    public string[] FlatProducts { get; set; } = ["flyer", "poster", "postcard", "letterhead"];

    /// <summary>Finishing operations by the words that name them; the value is the operation's name (a draft order codes it with hyphens, as the price list does).</summary>
    public Dictionary<string, string> Finishing { get; set; } = new()
    {
        ["saddle stitch"] = "saddle stitching", ["saddle-stitch"] = "saddle stitching", ["stapled"] = "saddle stitching", ["rückendraht"] = "saddle stitching", ["geheftet"] = "saddle stitching", ["piqûre"] = "saddle stitching", ["punto metallico"] = "saddle stitching", ["geniet"] = "saddle stitching",
        ["perfect bind"] = "perfect binding", ["perfect bound"] = "perfect binding", ["pur binding"] = "perfect binding", ["pur-binding"] = "perfect binding", ["glue bound"] = "perfect binding", ["klebebindung"] = "perfect binding", ["dos carré collé"] = "perfect binding", ["brossura"] = "perfect binding", ["gelijmd"] = "perfect binding",
        ["laminat"] = "lamination", ["kaschier"] = "lamination", ["pelliculage"] = "lamination", ["plastificazione"] = "lamination", ["lamineren"] = "lamination",
        ["fold"] = "folding", ["falz"] = "folding", ["gefalzt"] = "folding", ["pliage"] = "folding", ["plié"] = "folding", ["piega"] = "folding", ["vouwen"] = "folding", ["gevouwen"] = "folding",
        ["cut"] = "cutting", ["trim"] = "cutting", ["schneiden"] = "cutting", ["beschnitt"] = "cutting", ["beschnitten"] = "cutting", ["coupe"] = "cutting", ["massicot"] = "cutting", ["taglio"] = "cutting", ["snijden"] = "cutting",
    };

    /// <summary>Words a quantity is counted in ("5,000 copies").</summary>
    public string[] QuantityUnits { get; set; } =
    [
        "copies", "copy", "pcs", "pieces", "pc", "units", "ex.", "ex", "expl.", "exemplare", "stück", "stk.", "stk", "exemplaires", "copie", "pezzi", "stuks", "exemplaren",
    ];
}
