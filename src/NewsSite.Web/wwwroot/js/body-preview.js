// The story form's live preview: the Markdown body rendered by the server's own pipeline and sanitizer
// (POST /admin/stories/body-preview), a moment after the editor stops typing. Without this script the
// form works as before and the Preview page shows the saved story.
(() => {
    const pane = document.querySelector("[data-preview-url]");
    const body = document.getElementById("Form_Body");
    const form = body?.form;
    const token = form?.querySelector("input[name='__RequestVerificationToken']");
    const output = document.getElementById("body-preview");
    if (!pane || !body || !token || !output) {
        return;
    }

    const waitMs = 400;
    let timer = 0;
    let latest = 0;

    async function render() {
        const ticket = ++latest;
        output.setAttribute("aria-busy", "true");
        try {
            const response = await fetch(pane.dataset.previewUrl, {
                method: "POST",
                body: new URLSearchParams({ markdown: body.value, __RequestVerificationToken: token.value }),
                credentials: "same-origin",
                // A redirect means the session ended: never show the sign-in page as the preview.
                redirect: "error",
            });
            if (ticket !== latest) {
                return;
            }
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            // Sanitized on the server, exactly as readers will get it.
            output.innerHTML = await response.text();
        } catch {
            if (ticket === latest) {
                output.textContent = "The preview is not available just now (are you still signed in?). Your text is safe in the form.";
            }
        } finally {
            if (ticket === latest) {
                output.removeAttribute("aria-busy");
            }
        }
    }

    body.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(render, waitMs);
    });
    pane.hidden = false;
    render();
})();
