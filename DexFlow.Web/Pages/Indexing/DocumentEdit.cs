using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Indexing;

/// <summary>
/// What a clerk has typed for one document of the parcel, beside what indexing extracted; <see cref="Correction"/>
/// turns it into the request, carrying only what changed (a value removed becomes "", which removes the field).
/// </summary>
public sealed class DocumentEdit
{
    private readonly Dictionary<string, string> extracted;

    public DocumentEdit(ParcelDocumentView document)
    {
        Document = document;
        // A type this app does not know cannot be offered back, so the clerk starts from none.
        OriginalType = document.Type is DocumentType.Unknown ? null : document.Type;
        Type = OriginalType;
        extracted = document.Fields.ToDictionary(field => field.Name, field => field.Value);
        Values = IndexFields.All.ToDictionary(name => name, name => extracted.GetValueOrDefault(name, ""));
    }

    public ParcelDocumentView Document { get; }

    public DocumentType? OriginalType { get; }

    public DocumentType? Type { get; set; }

    /// <summary>Every known field's value as the clerk sees it ("" for none).</summary>
    public Dictionary<string, string> Values { get; }

    public FieldValue? Extracted(string name) => Document.Fields.FirstOrDefault(field => field.Name == name);

    /// <summary>The changes to send, or null when the clerk changed nothing on this document.</summary>
    public DocumentCorrection? Correction()
    {
        var fields = new Dictionary<string, string>();
        foreach (var (name, value) in Values)
        {
            var now = value.Trim();
            if (now != extracted.GetValueOrDefault(name, ""))
            {
                fields[name] = now;
            }
        }

        var type = Type is { } chosen && chosen != OriginalType ? chosen : (DocumentType?)null;
        return type is null && fields.Count == 0 ? null : new DocumentCorrection(Document.Index, type, fields);
    }

    /// <summary>The corrections of a parcel: only the documents the clerk changed (none at all confirms it as indexed).</summary>
    public static ParcelCorrections Corrections(IEnumerable<DocumentEdit> edits) =>
        new([.. edits.Select(edit => edit.Correction()).OfType<DocumentCorrection>()]);
}
