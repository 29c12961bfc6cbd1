// kg serve: search as you type, and name suggestions in the query forms. No inline scripts (CSP).
"use strict";

function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

async function lookup(text, limit) {
  const response = await fetch(`/api/search?limit=${limit}&q=${encodeURIComponent(text)}`,
                               { headers: { Accept: "application/json" } });
  return response.ok ? response.json() : [];
}

function searchBox(input) {
  const list = input.parentElement.querySelector("ul.suggestions");
  let active = -1;
  const render = (hits) => {
    list.replaceChildren(...hits.map((hit) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = hit.path;
      link.textContent = hit.name + (hit.matched ? ` (${hit.matched})` : "");
      const type = document.createElement("span");
      type.className = "type";
      type.textContent = hit.type;
      link.append(" ", type);
      item.append(link);
      return item;
    }));
    list.hidden = hits.length === 0;
    active = -1;
  };
  input.addEventListener("input", debounce(async () => {
    const text = input.value.trim();
    render(text ? await lookup(text, 10) : []);
  }, 120));
  input.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + links.length) % links.length;
      links.forEach((link, n) => link.classList.toggle("active", n === active));
    } else if (event.key === "Enter" && active >= 0 && links[active]) {
      event.preventDefault();
      window.location.href = links[active].href;
    } else if (event.key === "Escape") {
      list.hidden = true;
    }
  });
  document.addEventListener("click", (event) => { if (!list.contains(event.target)) list.hidden = true; });
}

function suggestBox(input) {
  const datalist = document.getElementById(input.getAttribute("list"));
  input.addEventListener("input", debounce(async () => {
    const text = input.value.trim();
    if (!text || text.includes("/")) return;
    const hits = await lookup(text, 8);
    datalist.replaceChildren(...hits.map((hit) => {
      const option = document.createElement("option");
      option.value = hit.path.replace(/^\//, "");
      option.label = `${hit.name} (${hit.type})`;
      return option;
    }));
  }, 120));
}

document.querySelectorAll("input[data-search]").forEach(searchBox);
document.querySelectorAll("input[data-suggest]").forEach(suggestBox);
