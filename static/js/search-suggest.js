// Suggestions for the header search box: titles of mentors and pages that
// complete what is typed. The form works the same without this script.
(() => {
  "use strict";
  const input = document.getElementById("site-search");
  const list = document.getElementById("site-search-suggestions");
  if (!input || !list || !window.fetch) return;

  const url = input.dataset.suggestUrl;
  let timer = null;
  let controller = null;

  function show(suggestions) {
    list.replaceChildren(
      ...suggestions.map((suggestion) => {
        const option = document.createElement("option");
        option.value = suggestion.title;
        option.label = suggestion.kind;
        return option;
      })
    );
  }

  function suggest() {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) {
      show([]);
      return;
    }
    timer = setTimeout(() => {
      if (controller) controller.abort();
      controller = new AbortController();
      fetch(`${url}?q=${encodeURIComponent(query)}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      })
        .then((response) => response.ok ? response.json() : { suggestions: [] })
        .then((data) => {
          show(data.suggestions);
        })
        .catch(() => {
          // Offline or aborted: the plain form still works.
        });
    }, 150);
  }

  input.addEventListener("input", suggest);
  // What was typed before this deferred script ran gets its suggestions too.
  if (input.value) suggest();
})();
