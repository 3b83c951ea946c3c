// The related-stories picker: find stories by headline (GET /admin/stories/lookup?q=), add, move up or down,
// remove. It writes the same lines the form posts without script (one slug a line, in order), so the server
// sees one contract either way.
(() => {
    const picker = document.querySelector(".related-picker");
    const lines = document.getElementById("Form_Related");
    if (!picker || !lines) {
        return;
    }

    const chosen = picker.querySelector(".related-chosen");
    const empty = picker.querySelector(".related-empty");
    const search = picker.querySelector("#related-search");
    const results = picker.querySelector("#related-results");
    const status = picker.querySelector("#related-status");
    const storyId = picker.dataset.storyId;
    const most = Number(picker.dataset.most);
    let timer = 0;
    let latest = 0;

    const items = () => [...chosen.querySelectorAll(":scope > li")];
    const headlineOf = (item) => item.querySelector(".related-headline").textContent;
    const say = (text) => { status.textContent = text; };

    function button(label, action, headline) {
        const element = document.createElement("button");
        element.type = "button";
        element.dataset.action = action;
        element.append(label);
        const name = document.createElement("span");
        name.className = "visually-hidden";
        name.textContent = ` “${headline}”`;
        element.append(name);
        return element;
    }

    function equip(item) {
        const headline = headlineOf(item);
        const tools = document.createElement("span");
        tools.className = "related-tools";
        tools.append(button("Move up", "up", headline), button("Move down", "down", headline), button("Remove", "remove", headline));
        item.append(tools);
    }

    function sync() {
        const all = items();
        lines.value = all.map((item) => item.dataset.line).join("\n");
        empty.hidden = all.length > 0;
        all.forEach((item, index) => {
            item.querySelector("[data-action='up']").disabled = index === 0;
            item.querySelector("[data-action='down']").disabled = index === all.length - 1;
        });
    }

    function isChosen(story) {
        return items().some((item) => item.dataset.storyId === String(story.id) || item.dataset.line === story.slug);
    }

    function add(story) {
        if (items().length >= most) {
            say(`The list is full: at most ${most} related stories.`);
            return;
        }
        const item = document.createElement("li");
        item.dataset.line = story.slug;
        item.dataset.storyId = String(story.id);
        const headline = document.createElement("span");
        headline.className = "related-headline";
        headline.textContent = story.headline;
        const note = document.createElement("span");
        note.className = "related-note";
        note.textContent = story.status;
        item.append(headline, " ", note);
        equip(item);
        chosen.append(item);
        sync();
        say(`Added “${story.headline}” as number ${items().length}.`);
    }

    chosen.addEventListener("click", (event) => {
        const control = event.target.closest("button[data-action]");
        if (!control) {
            return;
        }
        const item = control.closest("li");
        const headline = headlineOf(item);
        const action = control.dataset.action;
        if (action === "remove") {
            const next = item.nextElementSibling ?? item.previousElementSibling;
            item.remove();
            sync();
            (next?.querySelector("[data-action='remove']") ?? search).focus();
            say(`Removed “${headline}”.`);
            return;
        }
        if (action === "up" && item.previousElementSibling) {
            item.previousElementSibling.before(item);
        } else if (action === "down" && item.nextElementSibling) {
            item.nextElementSibling.after(item);
        }
        sync();
        // Keep the keyboard where it was; at either end the other direction's button takes over.
        const other = item.querySelector(`[data-action='${action === "up" ? "down" : "up"}']`);
        (control.disabled ? other : control).focus();
        say(`“${headline}” is now number ${items().indexOf(item) + 1} of ${items().length}.`);
    });

    function show(found) {
        results.replaceChildren();
        const offered = found.filter((story) => String(story.id) !== storyId && !isChosen(story));
        for (const story of offered) {
            const item = document.createElement("li");
            const headline = document.createElement("span");
            headline.className = "related-headline";
            headline.textContent = story.headline;
            const note = document.createElement("span");
            note.className = "related-note";
            note.textContent = story.publishedAt ? `${story.status}, ${story.publishedAt.slice(0, 10)}` : story.status;
            const pick = button("Add", "add", story.headline);
            pick.addEventListener("click", () => {
                add(story);
                item.remove();
                search.focus();
            });
            item.append(headline, " ", note, " ", pick);
            results.append(item);
        }
        say(offered.length === 0 ? "No story found to add." : `${offered.length} ${offered.length === 1 ? "story" : "stories"} found.`);
    }

    async function find() {
        const text = search.value.trim();
        const ticket = ++latest;
        if (text.length < 2) {
            results.replaceChildren();
            return;
        }
        try {
            const response = await fetch(`${picker.dataset.lookup}?q=${encodeURIComponent(text)}`, {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
                redirect: "error",
            });
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            const found = await response.json();
            if (ticket === latest) {
                show(found);
            }
        } catch {
            if (ticket === latest) {
                say("The search is not available just now (are you still signed in?). Try again in a moment.");
            }
        }
    }

    search.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(find, 300);
    });
    // Enter searches at once rather than submitting the story form.
    search.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
            event.preventDefault();
            clearTimeout(timer);
            find();
        }
    });

    items().forEach(equip);
    sync();
    lines.closest(".related-lines").hidden = true;
    picker.hidden = false;
})();
