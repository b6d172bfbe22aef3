using DexFlow.Contracts.Documents;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Indexing.Orders;

namespace DexFlow.Indexing.Tests;

/// <summary>
/// Customers' print orders written in ways the development sets do not have: other languages and layouts, US forms,
/// values in words, forms left empty. Each asserts what a manager would find in the draft.
/// </summary>
public sealed class PrintOrderFieldTests
{
    private static readonly OrderLexicon Lexicon = new();

    [Fact]
    public void A_french_form_with_values_beside_their_labels_is_read_whole()
    {
        const string text = """
            Imprimerie Lacroix SARL
            12 quai des Chartrons, 33000 Bordeaux

            BON DE COMMANDE
            N° de commande : LC-2026-118
            Date : 04/03/2026
            Produit : dépliant
            Format : A5
            Quantité : 2.500 ex.
            Nombre de pages : 6
            Couleurs : 4/4
            Papier : Condat Silk 135 g/m²
            Finition : pliage, coupe
            Date de livraison : 20/03/2026
            """;

        var fields = Read(text);

        Assert.Equal("Imprimerie Lacroix SARL", fields[FieldNames.CustomerName]);
        Assert.Equal("LC-2026-118", fields[FieldNames.CustomerReference]);
        Assert.Equal("2026-03-04", fields[FieldNames.OrderDate]);
        Assert.Equal("leaflet", fields[FieldNames.Product]);
        Assert.Equal("148x210", fields[FieldNames.FinishedSize]);
        Assert.Equal("2500", fields[FieldNames.Quantity]);
        Assert.Equal("6", fields[FieldNames.Pages]);
        Assert.Equal("4/4", fields[FieldNames.Colours]);
        Assert.Equal("Condat Silk 135 g/m2", fields[FieldNames.Paper]);
        Assert.Equal("folding, cutting", fields[FieldNames.Finishing]);
        Assert.Equal("2026-03-20", fields[FieldNames.DueDate]);
    }

    [Fact]
    public void A_us_order_with_inches_and_month_first_dates_is_read_in_millimetres_and_the_right_months()
    {
        // 04/08 reads both ways; the sizes in inches say the order is American, so it is the 8th of April.
        const string text = """
            Brightside Dental Clinic LLC	PURCHASE ORDER
            P.O. # 77120
            Date: 03/11/2026

            VENDOR:
            Printwerk Schulz GmbH

            LINE	DESCRIPTION	QTY	REQ. DATE
            1	POSTCARDS - 5.5 x 8.5 in	5k	04/08/2026
            4c both sides
            """;

        var fields = Read(text);

        Assert.Equal("Brightside Dental Clinic LLC", fields[FieldNames.CustomerName]);
        Assert.Equal("77120", fields[FieldNames.CustomerReference]);
        Assert.Equal("2026-03-11", fields[FieldNames.OrderDate]);
        Assert.Equal("2026-04-08", fields[FieldNames.DueDate]);
        Assert.Equal("140x216", fields[FieldNames.FinishedSize]);
        Assert.Equal("5000", fields[FieldNames.Quantity]);
        Assert.Equal("postcard", fields[FieldNames.Product]);
        Assert.Equal("4/4", fields[FieldNames.Colours]);
    }

    [Fact]
    public void A_date_that_reads_only_one_way_decides_the_documents_other_dates()
    {
        var dates = DocumentDates.Of("Issued 13/02/2026\nDelivery 03/04/2026");

        Assert.Equal("2026-04-03", dates.Read("03/04/2026"));
        Assert.Equal("2026-02-13", dates.Read("13/02/2026"));
        Assert.Equal("2026-03-24", DocumentDates.Of("").Read("24. März 2026"));
        Assert.Equal("2026-03-02", DocumentDates.Of("").Read("March 2, 2026"));
        Assert.Null(DocumentDates.Of("").Read("31/02/2026"));
    }

    [Fact]
    public void An_order_written_as_a_letter_gives_its_job_from_its_sentences_and_its_customer_from_its_signature()
    {
        const string text = """
            Dear Sir or Madam,
            we would like to order 750 booklets, format 170 x 240 mm, 32 pages, printed 4/4 on Arctic Volume
            White 150 g/m2, saddle stitched. We need the goods delivered by 15 May 2026.
            Kind regards
            Ingrid Vos
            De Groene Uitgeverij B.V. - Inkoop
            """;

        var fields = Read(text);

        Assert.Equal("De Groene Uitgeverij B.V.", fields[FieldNames.CustomerName]);
        Assert.Equal("750", fields[FieldNames.Quantity]);
        Assert.Equal("booklet", fields[FieldNames.Product]);
        Assert.Equal("170x240", fields[FieldNames.FinishedSize]);
        Assert.Equal("32", fields[FieldNames.Pages]);
        Assert.Equal("4/4", fields[FieldNames.Colours]);
        Assert.Equal("saddle stitching", fields[FieldNames.Finishing]);
        Assert.Equal("2026-05-15", fields[FieldNames.DueDate]);
    }

    [Fact]
    public void A_bilingual_grid_gives_each_value_once_under_either_label()
    {
        const string text = """
            Tipografia Rossi S.r.l.
            Ordine / Order
            Numero d'ordine / Order No.	TR-88/26
            Quantità / Quantity	1.200 pezzi
            Formato / Size	DL
            Colori / Colours	4/0
            Carta / Paper	Arena Natural Smooth, 120 g/m2
            """;

        var fields = Read(text);

        Assert.Equal("TR-88/26", fields[FieldNames.CustomerReference]);
        Assert.Equal("1200", fields[FieldNames.Quantity]);
        Assert.Equal("99x210", fields[FieldNames.FinishedSize]);
        Assert.Equal("4/0", fields[FieldNames.Colours]);
        Assert.Equal("Arena Natural Smooth 120 g/m2", fields[FieldNames.Paper]);
    }

    [Fact]
    public void A_printed_form_left_empty_gives_no_values_and_sends_the_order_to_a_clerk()
    {
        // A form filled in by hand: OCR reads the printed labels, not the handwriting between them.
        const string text = """
            Alpenblick Reisen GmbH
            PRINT ORDER FORM
            Please fill in completely. One job per form.
            Customer
            Purchase order no.
            Date
            Product
            Finished size
            Quantity
            Number of pages
            Colours
            Paper
            Finishing	cutting	folding	saddle stitching	perfect binding	lamination
            """;

        var fields = FieldExtractor.Extract(text, 0.9, null, new ExtractionOptions(), DocumentType.OrderForm);
        var reasons = IndexingReview.Reasons(DocumentType.OrderForm, fields, new IndexingReview.TextQuality(400, 90, 40, 2, false, true), new ReviewOptions());

        Assert.Equal("Alpenblick Reisen GmbH", fields.Single(field => field.Name == FieldNames.CustomerName).Value);
        Assert.DoesNotContain(fields, field => PrintOrderReader.SpecificationFields.Contains(field.Name) || field.Name == FieldNames.Finishing);
        Assert.Contains(reasons, reason => reason.StartsWith("the print specification could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shop_named_as_supplier_is_never_the_customer()
    {
        const string text = """
            Supplier: Printwerk Schulz GmbH
            Ship to: Kestrel Outdoor Equipment Ltd
            Quantity: 300
            """;

        Assert.Equal("Kestrel Outdoor Equipment Ltd", Read(text)[FieldNames.CustomerName]);
    }

    [Theory]
    [InlineData("Please print 2,000 A5 flyers for us.", "2000")]
    [InlineData("For our 2026 catalogue we need 3,000 copies.", "3000")]
    [InlineData("Merci d'imprimer 2 500 exemplaires.", "2500")]
    [InlineData("We would like to order 1000 business cards.", "1000")]
    public void A_count_in_a_sentence_is_the_quantity_not_a_format_or_a_year(string sentence, string quantity) =>
        Assert.Equal(quantity, Read(sentence)[FieldNames.Quantity]);

    [Fact]
    public void A_letter_signed_with_a_position_names_the_company_under_it_and_a_sentence_gives_no_reference()
    {
        const string text = """
            Dear Sir or Madam,
            we would like to order 1000 business cards, 85 x 55 mm, 4/4 on 350 g/m2 Invercote.
            Kind regards
            John Smith
            Purchasing Manager
            Müller Druckwaren GmbH & Co. KG
            Phone 12-34-56
            """;

        var fields = Read(text);

        Assert.Equal("Müller Druckwaren GmbH & Co. KG", fields[FieldNames.CustomerName]);
        Assert.False(fields.ContainsKey(FieldNames.CustomerReference));
        Assert.Equal("2026-04-03", DocumentDates.Of(text + "\nDelivery 03/04/2026").Read("03/04/2026"));
    }

    [Theory]
    [InlineData("5,000 pcs", "5000")]
    [InlineData("5.000", "5000")]
    [InlineData("5k", "5000")]
    [InlineData("1'500 Stück", "1500")]
    [InlineData("1 - Business cards (85 x 55 mm)", null)]
    [InlineData("0", null)]
    [InlineData("A5", null)]
    [InlineData("4/4", null)]
    public void Quantities_are_read_with_either_grouping_and_never_from_a_table_row(string value, string? quantity) =>
        Assert.Equal(quantity, SpecificationValues.Quantity(value));

    [Theory]
    [InlineData("A4 (210 x 297 mm)", "210x297")]
    [InlineData("148×210 mm", "148x210")]
    [InlineData("5.5 x 8.5 in", "140x216")]
    [InlineData("A3", "297x420")]
    [InlineData("about a metre", null)]
    public void Sizes_are_read_in_millimetres_from_numbers_inches_or_a_format_name(string value, string? size) =>
        Assert.Equal(size, SpecificationValues.Size(value));

    [Theory]
    [InlineData("4/0 (front only)", "4/0")]
    [InlineData("4c both sides", "4/4")]
    [InlineData("full colour, double-sided", "4/4")]
    [InlineData("black", "1/0")]
    [InlineData("page 12", null)]
    public void Colours_are_read_as_front_over_back(string value, string? colours) =>
        Assert.Equal(colours, SpecificationValues.Colours(value));

    [Theory]
    [InlineData("cutting\tfolding\tsaddle stitching\tperfect binding\tlamination", null)] // a form's row of boxes
    [InlineData("cutting folding lamination", null)] // the same, read by OCR without its boxes
    [InlineData("fold, stapled (saddle stitch), cut to size, matt lamination", "folding, saddle stitching, cutting, lamination")]
    [InlineData("PUR binding and trim", "perfect binding, cutting")]
    public void Finishing_is_read_from_a_list_but_not_from_a_forms_row_of_choices(string value, string? finishing) =>
        Assert.Equal(finishing, SpecificationValues.Finishing(value, Lexicon));

    private static Dictionary<string, string> Read(string text) =>
        PrintOrderReader.Read(text, 1.0, Lexicon).ToDictionary(field => field.Name, field => field.Value);
}
