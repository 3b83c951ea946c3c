// Progressive enhancement only: every page works without this file.
document.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-copy-link]");
    if (!button || !navigator.clipboard) {
        return;
    }
    event.preventDefault();
    await navigator.clipboard.writeText(button.getAttribute("data-copy-link"));
    const status = document.getElementById(button.getAttribute("aria-describedby") ?? "");
    if (status) {
        status.textContent = "Link copied";
    }
});
