// The facilitator's page of `osallisuus workshop`: draws the session from the server's event stream and sends the
// facilitator's actions (reveal, notes, next, previous, finish). The distribution is drawn by distribution.js, which
// the page inlines before this script. Every text is inserted as text, never as HTML.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("workshop-data").textContent);
  const ui = data.ui;
  const lang = data.lang;
  const base = window.location.pathname.replace(/[^/]*$/, "");
  const $ = (id) => document.getElementById(id);
  const NOTES = ["how", "next_step", "differ"];
  let current = null; // the state last drawn
  let shownQuestion = null;
  let finishArmed = false;

  function fmt(key, params) {
    return (ui[key] || key).replace(/\{(\w+)\}/g, (whole, name) => (name in (params || {}) ? String(params[name]) : whole));
  }
  function label(level) {
    const found = data.levels.find((item) => item.value === level);
    return found && found.label ? found.label[lang] : level;
  }
  function number(value) {
    return new Intl.NumberFormat(lang === "en" ? "en-GB" : lang + "-FI").format(value);
  }

  function build() {
    $("eyebrow").textContent = fmt("f_eyebrow");
    $("room-heading").textContent = fmt("f_room_heading");
    $("room-hint").textContent = fmt("f_room_hint");
    $("reveal").textContent = fmt("f_reveal");
    $("result-heading").textContent = fmt("f_result_heading");
    $("notes-heading").textContent = fmt("f_notes_heading");
    $("save-notes").textContent = fmt("f_save_notes");
    $("previous").textContent = fmt("f_previous");
    $("next").textContent = fmt("f_next");
    $("finish").textContent = fmt("f_finish");
    $("phones-heading").textContent = fmt("f_phones_heading");
    const room = $("room-counts");
    for (const level of data.levels) {
      const wrap = document.createElement("label");
      const text = document.createElement("span");
      text.textContent = WorkshopDistribution.levelName(level.value, label);
      const input = document.createElement("input");
      input.type = "number";
      input.min = "0";
      input.max = "200";
      input.step = "1";
      input.inputMode = "numeric";
      input.id = "room-" + level.value;
      input.dataset.level = level.value;
      wrap.append(text, input);
      room.append(wrap);
    }
    const fields = $("note-fields");
    for (const name of NOTES) {
      const wrap = document.createElement("label");
      wrap.htmlFor = "note-" + name;
      wrap.textContent = fmt("f_" + name);
      const area = document.createElement("textarea");
      area.id = "note-" + name;
      area.maxLength = 20000;
      area.rows = 2;
      fields.append(wrap, area);
    }
    $("reveal").addEventListener("click", reveal);
    $("save-notes").addEventListener("click", saveNotes);
    $("previous").addEventListener("click", () => move("previous"));
    $("next").addEventListener("click", () => move("next"));
    $("previous").addEventListener("blur", () => disarmMove());
    $("next").addEventListener("blur", () => disarmMove());
    $("finish").addEventListener("click", finish);
    $("finish").addEventListener("blur", () => disarm());
  }

  // Leaving a question whose ratings were not revealed drops them: the first press says so, the second moves on.
  let moveArmed = null;
  function move(action) {
    const pending = current && !current.revealed && current.rated > 0;
    if (pending && moveArmed !== action) {
      moveArmed = action;
      $("error").textContent = fmt("f_unrevealed", { rated: number(current.rated) });
      return;
    }
    moveArmed = null;
    send({ action: action, discard: pending });
  }
  function disarmMove() {
    moveArmed = null;
  }

  function disarm() {
    finishArmed = false;
    $("finish").textContent = fmt("f_finish");
  }

  async function send(body) {
    $("error").textContent = "";
    try {
      const response = await fetch(base + "act", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        let reason = String(response.status);
        try {
          reason = (await response.json()).refused || reason;
        } catch (error) {
          /* not JSON: the status says enough */
        }
        $("error").textContent = ui["f_refused_" + reason] ? fmt("f_refused_" + reason) : fmt("f_error", { reason });
        return false;
      }
      return true;
    } catch (error) {
      $("error").textContent = fmt("f_connection_lost");
      return false;
    }
  }

  function reveal() {
    const room = {};
    for (const input of $("room-counts").querySelectorAll("input")) {
      const text = input.value.trim();
      if (text === "") continue;
      if (!/^\d{1,3}$/.test(text) || Number(text) > 200) {
        $("error").textContent = fmt("f_bad_count", { level: label(input.dataset.level) });
        input.focus();
        return;
      }
      if (Number(text) > 0) room[input.dataset.level] = Number(text);
    }
    send({ action: "reveal", room: room });
  }

  async function saveNotes() {
    const body = { action: "notes" };
    for (const name of NOTES) body[name] = $("note-" + name).value;
    if (await send(body)) $("notes-status").textContent = fmt("f_notes_saved");
  }

  function finish() {
    if (!finishArmed) {
      finishArmed = true;
      $("finish").textContent = fmt("f_finish_confirm");
      return;
    }
    send({ action: "finish" });
  }

  function drawResult(state) {
    const result = state.reveal;
    $("result").hidden = !result;
    if (!result) return;
    $("result-total").textContent = state.phones !== undefined
      ? fmt("f_result_total", { rated: number(result.rated), phones: number(state.phones), room: number(state.room) })
      : "";
    $("disagreement").hidden = !result.disagreement;
    $("disagreement").textContent = fmt("f_disagreement");
    $("bars").tBodies[0].replaceChildren();
    $("bars").hidden = !result.counts;
    $("spread").hidden = !!result.counts;
    if (!result.counts) {
      $("spread").textContent = result.low === null
        ? fmt("f_no_numbers", { min: state.minGroup })
        : fmt("f_spread_only", { min: state.minGroup, low: result.low, high: result.high });
      return;
    }
    WorkshopDistribution.draw($("bars"), result.counts, { label: label, number: number, widest: 60 });
  }

  function draw(state) {
    if (state.closed) {
      current = state;
      events.close();
      $("main").replaceChildren();
      const done = document.createElement("h1");
      done.textContent = fmt("f_finished");
      $("main").append(done);
      return;
    }
    const question = data.questions[state.question];
    const changed = shownQuestion !== state.question;
    $("counter").textContent = fmt("f_counter", { n: state.position + 1, total: state.total });
    $("section").textContent = question.section ? question.section[lang] : "";
    $("question").textContent = question.number + ". " + question.text[lang];
    $("examples").textContent = question.examples ? question.examples[lang] : "";
    $("examples").hidden = !question.examples;
    if (state.revealed) {
      $("status").textContent = fmt("f_revealed_status", { rated: number(state.rated) });
    } else if (state.seats > 0) {
      $("status").textContent = fmt("f_rated", { rated: number(state.rated), seats: number(state.seats) });
    } else {
      $("status").textContent = fmt("f_rated_none");
    }
    $("rating").hidden = state.revealed;
    if (state.broken) $("error").textContent = fmt("f_refused_elsewhere");
    drawResult(state);
    for (const name of NOTES) {
      // what the facilitator is typing is kept until it is saved: only a new question or a saved text replaces it
      const area = $("note-" + name);
      area.disabled = !state.revealed;
      if (changed || !current || current.notes[name] !== state.notes[name]) area.value = state.notes[name];
    }
    $("save-notes").disabled = !state.revealed;
    $("notes-hint").textContent = state.revealed ? "" : fmt("f_notes_after_reveal");
    $("previous").disabled = state.position === 0;
    $("next").disabled = state.position >= state.total - 1;
    if (changed) {
      for (const input of $("room-counts").querySelectorAll("input")) input.value = "";
      $("notes-status").textContent = "";
      if (shownQuestion !== null) $("question").focus();
      shownQuestion = state.question;
    }
    current = state;
  }

  build();
  const events = new EventSource(base + "events");
  events.onmessage = (message) => {
    $("error").textContent = "";
    draw(JSON.parse(message.data));
  };
  events.onerror = () => {
    if (!current || !current.closed) $("error").textContent = fmt("f_connection_lost");
  };
})();
