// Saves bytes the app fetched with the user's token as a file: documents cannot be plain links, because the browser
// would request them without the bearer token.
export function saveFile(fileName, contentType, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
}
