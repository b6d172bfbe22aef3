// The planning board moves a selected bar with the arrow keys; without this the same keys would also scroll the page.
export function keepArrowKeys(board) {
    board.addEventListener("keydown", event => {
        if (event.key.startsWith("Arrow") && event.target.closest("[data-movable]")) {
            event.preventDefault();
        }
    });
}

// Brings the first bar of the order into view, across the page and along the board. The number is escaped: an id
// put into a selector as it is could end the attribute value and select something else (or throw).
export function reveal(board, orderNumber) {
    board.querySelector(`[data-test=bar][data-order="${CSS.escape(orderNumber)}"]`)?.scrollIntoView({ block: "center", inline: "center" });
}

// Scrolls the board along to a point of its window (0 = its start, 1 = its end).
export function scrollToFraction(board, fraction) {
    const track = board.querySelector(".dexflow-board-track");
    if (track) {
        board.scrollLeft = track.offsetWidth * fraction;
    }
}
