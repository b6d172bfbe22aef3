// The '/' key anywhere in the app brings the focus to the search box (Layout/SearchBox.razor) unless the key went into
// another field. Decided here, in the key's own event, so that the '/' is kept out of the page when the box takes it:
// a page that runs on the server could not answer in time.
export function listenForSlash(boxId) {
    const listener = event => {
        const box = document.getElementById(boxId);
        if (event.key === "/" && !event.ctrlKey && !event.altKey && !event.metaKey && box && !typing(event.target)) {
            event.preventDefault();
            box.focus();
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
