// The '/' key anywhere in the app asks the search box (Layout/SearchBox.razor) whether to take the focus; the box
// decides. Asked synchronously so that the '/' is kept out of the page when the box takes it.
export function listenForSlash(box) {
    const listener = event => {
        if (event.key === "/" && !event.ctrlKey && !event.altKey && !event.metaKey
            && box.invokeMethod("SlashPressed", typing(event.target))) {
            event.preventDefault();
        }
    };
    document.addEventListener("keydown", listener);
    return { stop: () => document.removeEventListener("keydown", listener) };
}

// Whether the key went into something that takes text: a field, a list box, an editable region.
function typing(target) {
    return target instanceof Element
        && (target.matches("input, textarea, select, [contenteditable=''], [contenteditable=true], [role=textbox], [role=combobox]")
            || target.isContentEditable);
}
