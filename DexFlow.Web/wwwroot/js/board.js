// The planning board moves a selected bar with the arrow keys; without this the same keys would also scroll the page.
export function keepArrowKeys(board) {
    board.addEventListener("keydown", event => {
        if (event.key.startsWith("Arrow") && event.target.closest("[data-movable]")) {
            event.preventDefault();
        }
    });
}

// Brings the first bar matching the selector into view, across the page and along the board.
export function reveal(board, selector) {
    board.querySelector(selector)?.scrollIntoView({ block: "center", inline: "center" });
}

// Scrolls the board along to a point of its window (0 = its start, 1 = its end).
export function scrollToFraction(board, fraction) {
    const track = board.querySelector(".dexflow-board-track");
    if (track) {
        board.scrollLeft = track.offsetWidth * fraction;
    }
}
