// The planning board moves a selected bar with the arrow keys; without this the same keys would also scroll the page.
export function keepArrowKeys(board) {
    board.addEventListener("keydown", event => {
        if (event.key.startsWith("Arrow") && event.target.closest("[data-movable]")) {
            event.preventDefault();
        }
    });
}
