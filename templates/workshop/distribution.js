// The revealed distribution, shared by the facilitator's page and the phones' page (both inline this file, each by
// its own hash): one table row per level, the level's number and label, a bar, and the count beside it in numbers.
// Only counts ever reach it — nobody's rating. Every text is inserted as text, never as HTML.
"use strict";
const WorkshopDistribution = {
  // A level as shown: "3 – Label" for a numbered level, the label alone for a special answer.
  levelName(level, label) {
    return /^\d+$/.test(level) ? level + " – " + label(level) : label(level);
  },
  // Fills table's body with one row per level; widest is the share of the cell the longest bar takes (percent).
  // own, when given, is this phone's own choice: its row says so in words and is marked, nothing more.
  draw(table, counts, options) {
    const body = table.tBodies[0];
    body.replaceChildren();
    const most = Math.max(1, ...counts.map((item) => item.count));
    for (const item of counts) {
      const row = document.createElement("tr");
      const head = document.createElement("th");
      head.scope = "row";
      head.textContent = this.levelName(item.level, options.label);
      const cell = document.createElement("td");
      const bar = document.createElement("span");
      bar.className = item.count ? "bar" : "bar none";
      bar.style.width = Math.round((item.count / most) * options.widest) + "%";
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = options.number(item.count);
      cell.append(bar, count);
      if (options.own === item.level) {
        row.className = "own";
        const mine = document.createElement("span");
        mine.className = "mine";
        mine.textContent = options.ownText;
        cell.append(mine);
      }
      row.append(head, cell);
      body.append(row);
    }
  },
};
