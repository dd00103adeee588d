/* The answer form's page: draws the questions, keeps the answers, saves them as an answers file and opens one.
 * Every text from the question set, the catalogues or an opened file goes in with textContent or as a value,
 * never as HTML. The data comes from the JSON block #form-data written by `osallisuus form`. */
(function () {
  'use strict';

  const core = window.OsallisuusForm;
  const DATA = JSON.parse(document.getElementById('form-data').textContent);
  const SET = DATA.set;
  const QUESTIONS = [];
  const SECTIONS = [];
  for (const domain of SET.domains) {
    for (const section of domain.sections) {
      SECTIONS.push({ domain: domain, section: section });
      for (const question of section.questions) QUESTIONS.push({ domain: domain, section: section, question: question });
    }
  }
  const TOTAL = QUESTIONS.length;
  const SPECIALS = SET.special.map((special) => special.value);
  const TEXT_PARTS = ['how', 'next_step'];
  const REASON_PARTS = { na: 'reason_na', dont_know: 'reason_dont_know' };
  const PROJECT_FIELDS = ['name', 'code', 'organisation', 'region'];

  // --- state: everything the person has given; the page is drawn from it -----------------------------------

  const state = {
    lang: DATA.lang,
    respondentId: core.newId(), // made now, so that a draft is filed under it; an opened file brings its own
    created: null,
    project: Object.assign({ name: '', code: '', organisation: '', region: '', phase: '' }, DATA.project),
    respondent: { name: '', role: '' },
    answers: {},
    lastChange: null,
    baseline: null, // the file last opened or saved, as written: untouched answers keep its times
    // Texts as an opened file had them: written back byte for byte unless changed here (only new text is tidied).
    originals: {},
    // The opened file's phase, name and creation time: another phase is saved as a file of its own beside it
    // (<name>-<phase>.yaml, the same respondent id), so the opened phase's file is never overwritten.
    phaseFrom: null,
  };
  let dirty = false;
  let draftDisabled = false;
  let keepDraft = false; // the person asked to keep a draft after saving
  let restoredAt = null;
  let savedAt = null; // hh:mm of the last download on this page
  const drafts = new core.drafts.Drafts(DATA.draftKey);
  const store = drafts.store;
  let draftKey = null; // where this respondent's draft is, once one is written
  let offered = []; // drafts found when the page opened, offered to continue: [{key, draft}]

  function answerOf(qid) {
    if (!state.answers[qid]) {
      state.answers[qid] = { level: null, how: '', next_step: '', reason_na: '', reason_dont_know: '', changed: null };
    }
    return state.answers[qid];
  }

  function hasLevel(qid) {
    const answer = state.answers[qid];
    return Boolean(answer) && answer.level !== null && answer.level !== undefined;
  }

  // --- texts ----------------------------------------------------------------------------------------------

  function t(key, params, lang) {
    const texts = DATA.ui[lang || state.lang] || DATA.ui[DATA.lang];
    const template = texts[key] !== undefined ? texts[key] : DATA.ui.fi[key];
    return template.replace(/\{(\w+)\}/g, (whole, name) =>
      params && params[name] !== undefined ? String(params[name]) : whole
    );
  }

  /** A text of the question set in the page's language, else its default language: [text, its language]. */
  function setText(map) {
    if (!map) return ['', state.lang];
    if (map[state.lang]) return [map[state.lang], state.lang];
    const fallback = SET.languages.default;
    if (map[fallback]) return [map[fallback], fallback];
    const first = Object.keys(map)[0];
    return [map[first], first];
  }

  // --- building elements: text only ever as text ----------------------------------------------------------

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'text') node.textContent = value;
      else if (name === 'className') node.className = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children || []) {
      if (child !== null && child !== undefined) node.appendChild(child);
    }
    return node;
  }

  function setEl(tag, attrs, map) {
    const [text, lang] = setText(map);
    return el(tag, Object.assign({ text: text, lang: lang !== state.lang ? lang : null }, attrs));
  }

  // --- drafts: a convenience that may be missing or refuse (see form-drafts.js) --------------------------------

  let storageWorks = store !== null;

  /** Keeps this respondent's unsaved work as a draft, and nothing once it is saved (unless asked to keep one). */
  function saveDraft() {
    if (!store || draftDisabled) return;
    const key = drafts.keyOf(state.respondentId);
    if (draftKey && draftKey !== key) drafts.remove(draftKey);
    if (!((dirty && hasContent()) || keepDraft)) {
      drafts.remove(key);
      draftKey = null;
      return;
    }
    const answers = {};
    for (const [qid, answer] of Object.entries(state.answers)) {
      if (hasLevel(qid) || [...TEXT_PARTS, ...Object.values(REASON_PARTS)].some((part) => answer[part])) answers[qid] = answer;
    }
    const written = drafts.write(key, {
      version: 2,
      saved: core.isoLocal(new Date()),
      dirty: dirty,
      lang: state.lang,
      respondentId: state.respondentId,
      created: state.created,
      project: state.project,
      respondent: state.respondent,
      answers: answers,
      lastChange: state.lastChange,
      baseline: state.baseline,
      originals: state.originals,
      phaseFrom: state.phaseFrom,
    });
    draftKey = written ? key : null;
    if (!written && storageWorks) {
      storageWorks = false;
      drawDraftNote();
    }
  }

  function text(value, max) {
    return typeof value === 'string' ? value.slice(0, max) : '';
  }

  /** Whose a draft is, and nothing more: the name given, else the project's, and when it was last kept. */
  function draftOwner(draft) {
    const short = DATA.shortText;
    const name = draft.respondent && oneLine(text(draft.respondent.name, short));
    const project = draft.project && oneLine(text(draft.project.name, short));
    return name || (project ? t('form.draft_nameless', { project: project }) : t('form.draft_unnamed'));
  }

  /** A time as people read it in the page's language ('6.10.2026 klo 11.02'), from the ISO text as written. */
  function when(iso) {
    const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(iso || '');
    if (!m) return '';
    const months = t('form.month_names').split(',');
    return t('form.when', { year: m[1], month: Number(m[2]), month_name: months[Number(m[2]) - 1], day: Number(m[3]), hour: m[4], minute: m[5] });
  }

  /** Continues a draft kept on this device. Any page opened from a file may write there: trust nothing in it. */
  function continueDraft(key, draft) {
    const notes = [];
    const short = DATA.shortText * 4;
    if (DATA.languages.includes(draft.lang)) state.lang = draft.lang;
    if (drafts.trustsId(key, draft.respondentId)) {
      state.respondentId = draft.respondentId;
    } else {
      state.respondentId = core.newId();
      notes.push(t('form.draft_id_ignored'));
    }
    state.created = core.normalTime(draft.created);
    state.lastChange = core.normalTime(draft.lastChange);
    for (const name of PROJECT_FIELDS) {
      if (draft.project && typeof draft.project[name] === 'string') state.project[name] = text(draft.project[name], short);
    }
    if (draft.project && DATA.phases.includes(draft.project.phase)) state.project.phase = draft.project.phase;
    const from = draft.phaseFrom;
    if (from && typeof from === 'object' && DATA.phases.includes(from.phase) && state.respondentId === draft.respondentId) {
      state.phaseFrom = { phase: from.phase, name: text(from.name, 300), created: core.normalTime(from.created) };
    }
    for (const name of ['name', 'role']) {
      if (draft.respondent) state.respondent[name] = text(draft.respondent[name], short);
    }
    state.answers = {};
    const answers = draft.answers && typeof draft.answers === 'object' ? draft.answers : {};
    for (const { question } of QUESTIONS) {
      const saved = answers[question.id];
      if (!saved || typeof saved !== 'object') continue;
      const answer = answerOf(question.id);
      answer.level = validLevel(saved.level) ? saved.level : null;
      for (const part of [...TEXT_PARTS, 'reason_na', 'reason_dont_know']) answer[part] = text(saved[part], DATA.maxText * 2);
      answer.changed = core.normalTime(saved.changed);
    }
    const baseline = trustedBaseline(draft.baseline);
    state.baseline = baseline && baseline.respondent && baseline.respondent.id === state.respondentId ? baseline : null;
    state.originals = {};
    const originals = draft.originals && typeof draft.originals === 'object' ? draft.originals : {};
    for (const [where, value] of Object.entries(originals)) {
      if (typeof value === 'string') state.originals[where] = text(value, DATA.maxText * 2);
    }
    dirty = draft.dirty === true;
    keepDraft = draft.dirty !== true; // kept after a save only because the person asked to
    restoredAt = core.normalTime(draft.saved);
    drafts.remove(key);
    draftKey = null;
    offered = offered.filter((item) => item.key !== key);
    saveDraft();
    render();
    say([t('form.draft_restored', { time: when(restoredAt) }), ...notes].join(' '));
    document.getElementById('project-name').focus();
  }

  /** The last saved file as kept in a draft, only if it still reads as a valid answers file of this form. */
  function trustedBaseline(value) {
    if (!value || typeof value !== 'object') return null;
    try {
      core.readAnswers(core.emit(value), DATA);
      return value;
    } catch (e) {
      return null;
    }
  }

  function deleteDraft() {
    draftDisabled = true;
    keepDraft = false;
    const existed = drafts.remove(draftKey || drafts.keyOf(state.respondentId));
    draftKey = null;
    restoredAt = null;
    drawDraftNote();
    say(existed || store ? t('form.draft_deleted') : t('form.draft_none'));
  }

  /** Clears the page for the next person: no answers, no name, no draft, a new respondent id; the project stays. */
  function newRespondent() {
    if (dirty && hasContent() && !window.confirm(t('form.confirm_new_respondent'))) {
      say(t('form.kept'));
      return;
    }
    drafts.remove(draftKey || drafts.keyOf(state.respondentId));
    draftKey = null;
    state.respondentId = core.newId();
    state.created = null;
    state.respondent = { name: '', role: '' };
    state.answers = {};
    state.originals = {};
    state.phaseFrom = null;
    state.lastChange = null;
    state.baseline = null;
    dirty = false;
    keepDraft = false;
    draftDisabled = false;
    restoredAt = null;
    savedAt = null;
    render();
    say(t('form.new_respondent_done'));
    document.getElementById('respondent-name').focus();
  }

  function validLevel(level) {
    return SPECIALS.includes(level) || SET.levels.some((item) => item.value === level);
  }

  // --- changes --------------------------------------------------------------------------------------------

  function changed(qid) {
    const now = core.isoLocal(new Date());
    state.lastChange = now;
    if (qid) answerOf(qid).changed = now;
    dirty = true;
    saveDraft();
    refresh(qid);
  }

  function oneLine(value) {
    return value.split(/\s+/).filter(Boolean).join(' ');
  }

  function cleanText(value) {
    return value.replace(/\r\n/g, '\n').trim();
  }

  /** A text as it goes into the file: as the opened file had it when unchanged, else tidied like assess does. */
  function kept(where, value, tidy) {
    const original = state.originals[where];
    return typeof original === 'string' && original === value ? original : tidy(value);
  }

  // --- the answers file ----------------------------------------------------------------------------------

  function compact(values) {
    const out = {};
    for (const [name, value] of Object.entries(values)) {
      if (value !== null && value !== undefined && value !== '') out[name] = value;
    }
    return out;
  }

  function answerData(qid) {
    const answer = state.answers[qid];
    const out = { level: answer.level };
    const reasonPart = REASON_PARTS[answer.level];
    const reason = reasonPart ? kept(qid + '.' + reasonPart, answer[reasonPart], cleanText) : '';
    if (DATA.reasonField && reason) out[DATA.reasonField] = reason;
    const how = kept(qid + '.how', answer.how, cleanText);
    const next = kept(qid + '.next_step', answer.next_step, cleanText);
    if (how) out.how = how;
    if (next) out.next_step = next;
    return out;
  }

  function sameAnswer(a, b) {
    if (!a || !b) return false;
    // a text a terminal session had not yet asked is shown here with the others: the mark goes, the time stays
    const keys = (item) => Object.keys(item).filter((name) => name !== 'updated' && name !== 'unfinished').sort();
    const ka = keys(a);
    const kb = keys(b);
    return ka.length === kb.length && ka.every((name, i) => name === kb[i] && a[name] === b[name]);
  }

  /** The file's data in the documented key order; times kept from the last file wherever nothing changed. */
  function fileData() {
    const base = state.baseline || {};
    const baseAnswers = base.answers || {};
    const answers = {};
    for (const { question } of QUESTIONS) {
      if (!hasLevel(question.id)) continue;
      const data = answerData(question.id);
      const before = baseAnswers[question.id];
      const updated = sameAnswer(data, before) ? before.updated : state.answers[question.id].changed;
      if (updated) data.updated = updated;
      answers[question.id] = data;
    }
    const data = {
      format: DATA.format,
      framework: { id: DATA.framework.id, version: DATA.framework.version },
      respondent: compact({
        id: state.respondentId,
        name: kept('respondent.name', state.respondent.name, oneLine),
        role: kept('respondent.role', state.respondent.role, oneLine),
      }),
      project: compact({
        name: kept('project.name', state.project.name, oneLine),
        code: kept('project.code', state.project.code, oneLine),
        organisation: kept('project.organisation', state.project.organisation, oneLine),
        region: kept('project.region', state.project.region, oneLine),
        phase: state.project.phase,
      }),
      language: state.lang,
      created: state.created,
      updated: null,
      answers: answers,
    };
    const unchanged = base.updated && core.emit(Object.assign({}, data, { updated: base.updated })) === core.emit(base);
    data.updated = unchanged ? base.updated : state.lastChange || core.isoLocal(new Date());
    return data;
  }

  function fileName() {
    const from = state.phaseFrom;
    if (from && from.name) {
      // the opened file's own name for its own phase; for another phase that name without a phase, and the phase
      const stem = core.slugify(from.name.replace(/\.ya?ml$/i, ''));
      if (state.project.phase === from.phase) return stem + '.yaml';
      return stem.replace(/(.)-(suunnittelu|toteutus|arviointi)(-\d+)?$/, '$1') + '-' + state.project.phase + '.yaml';
    }
    const who = oneLine(state.respondent.name) || oneLine(state.project.name);
    return core.slugify(who) + '.yaml';
  }

  /** The phase was changed: another phase than the opened file's is a new file of its own, made when saved. */
  function followPhase() {
    const from = state.phaseFrom;
    if (!from) return;
    state.created = state.project.phase === from.phase ? from.created : null;
    if (state.project.phase !== from.phase) {
      const of = (phase) => t('team.phase_of.' + phase);
      say(t('form.phase_file', { phase_of: of(state.project.phase), earlier_of: of(from.phase), file: fileName(), earlier: from.name }));
    }
  }

  // --- checking before saving --------------------------------------------------------------------------------

  function fieldProblems() {
    const found = [];
    const name = oneLine(state.project.name);
    if (!name) found.push(['project-name', t('form.err_project')]);
    if (!DATA.phases.includes(state.project.phase)) found.push(['phase', t('form.err_phase')]);
    const shortFields = [
      ['project-name', state.project.name],
      ['project-code', state.project.code],
      ['project-organisation', state.project.organisation],
      ['project-region', state.project.region],
      ['respondent-name', state.respondent.name],
      ['respondent-role', state.respondent.role],
    ];
    for (const [id, value] of shortFields) {
      const count = core.codePoints(oneLine(value));
      if (count > DATA.shortText) found.push([id, t('form.err_short', { count: count, max: DATA.shortText })]);
    }
    for (const { question } of QUESTIONS) {
      const answer = state.answers[question.id];
      if (!answer) continue;
      for (const part of [...TEXT_PARTS, 'reason_na', 'reason_dont_know']) {
        const count = core.codePoints(cleanText(answer[part]));
        if (count > DATA.maxText) found.push([question.id + '-' + part, t('form.err_short', { count: count, max: DATA.maxText })]);
      }
    }
    return found;
  }

  function showFieldProblems(found) {
    for (const node of document.querySelectorAll('[aria-invalid="true"]')) node.removeAttribute('aria-invalid');
    for (const node of document.querySelectorAll('.field-error')) {
      node.textContent = '';
      node.hidden = true;
    }
    for (const [id, message] of found) {
      const target = document.getElementById(id);
      const error = document.getElementById(id + '-error');
      if (target && target.tagName !== 'FIELDSET') target.setAttribute('aria-invalid', 'true');
      if (error) {
        error.textContent = message;
        error.hidden = false;
      }
    }
  }

  function textsWithoutChoice() {
    return QUESTIONS.filter(({ question }) => {
      const answer = state.answers[question.id];
      return answer && !hasLevel(question.id) && TEXT_PARTS.some((part) => cleanText(answer[part]));
    }).map(({ question }) => question.number);
  }

  function save() {
    const found = fieldProblems();
    showFieldProblems(found);
    if (found.length) {
      alertMessage([t('form.save_blocked', { count: found.length })]);
      const first = document.getElementById(found[0][0]);
      if (first) focusInto(first);
      return;
    }
    if (!state.created) state.created = state.lastChange || core.isoLocal(new Date());
    const data = fileData();
    const name = fileName();
    const blob = new Blob([core.emit(data)], { type: 'application/yaml;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: name, hidden: true });
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10000);
    state.baseline = data;
    dirty = false;
    savedAt = core.isoLocal(new Date()).slice(11, 16);
    saveDraft();
    const lines = [
      t('form.saved', { file: name, time: data.updated.slice(11, 16), answered: answeredCount(), total: TOTAL }),
    ];
    const left = textsWithoutChoice();
    if (left.length) lines.push(t('form.saved_texts_left', { numbers: left.join(', ') }));
    if (store && !draftDisabled) lines.push(keepDraft ? t('form.saved_draft_kept') : t('form.saved_draft_removed'));
    lines.push(t('form.saved_next_respondent'));
    say(lines.join(' '));
    refresh();
  }

  function focusInto(node) {
    const target = node.tagName === 'FIELDSET' ? node.querySelector('input') || node : node;
    target.focus();
  }

  // --- opening a file ---------------------------------------------------------------------------------------

  function openFile(file) {
    const kilobytes = (bytes) => Math.ceil(bytes / 1024);
    if (file.size > DATA.maxBytes) {
      alertMessage([t('form.err_too_big', { file: file.name, size: kilobytes(file.size), max: kilobytes(DATA.maxBytes) }), t('form.kept')]);
      return;
    }
    file.arrayBuffer().then(
      (buffer) => {
        let content;
        try {
          content = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
        } catch (e) {
          alertMessage([t('form.err_not_text', { file: file.name }), t('form.kept')]);
          return;
        }
        let doc;
        try {
          doc = core.readAnswers(content, DATA);
        } catch (e) {
          if (!(e instanceof core.FileProblem)) throw e;
          const lines = [t(e.key, Object.assign({ file: file.name }, e.params))];
          const shownProblems = e.problems.slice(0, 8);
          for (const item of shownProblems) lines.push(item.path + ': ' + t(item.key, item.params));
          if (e.problems.length > shownProblems.length) lines.push(t('form.err_more', { count: e.problems.length - shownProblems.length }));
          lines.push(t('form.kept'));
          alertMessage(lines);
          return;
        }
        if (dirty && hasContent() && !window.confirm(t('form.confirm_replace'))) {
          say(t('form.kept'));
          return;
        }
        apply(doc);
        state.phaseFrom = { phase: doc.project.phase, name: file.name, created: doc.created };
        say(t('form.opened', { file: file.name, answered: answeredCount(), total: TOTAL }));
      },
      () => alertMessage([t('form.err_not_text', { file: file.name }), t('form.kept')])
    );
  }

  function apply(doc) {
    state.respondentId = doc.respondent.id;
    state.created = doc.created;
    state.respondent = { name: doc.respondent.name || '', role: doc.respondent.role || '' };
    state.project = {
      name: doc.project.name || '',
      code: doc.project.code || '',
      organisation: doc.project.organisation || '',
      region: doc.project.region || '',
      phase: doc.project.phase,
    };
    if (DATA.languages.includes(doc.language)) state.lang = doc.language;
    state.answers = {};
    state.originals = {};
    for (const group of ['project', 'respondent']) {
      for (const [name, value] of Object.entries(state[group])) {
        if (name !== 'phase' && value) state.originals[group + '.' + name] = value;
      }
    }
    for (const [qid, item] of Object.entries(doc.answers)) {
      const answer = answerOf(qid);
      answer.level = item.level;
      answer.how = item.how || '';
      answer.next_step = item.next_step || '';
      if (REASON_PARTS[item.level]) answer[REASON_PARTS[item.level]] = item.reason || '';
      answer.changed = item.updated;
      for (const part of [...TEXT_PARTS, ...Object.values(REASON_PARTS)]) {
        if (answer[part]) state.originals[qid + '.' + part] = answer[part];
      }
    }
    state.lastChange = doc.updated;
    state.baseline = null;
    // The file as this form would write it, with the file's own times: saving without a change writes them back.
    const base = fileData();
    for (const [qid, item] of Object.entries(doc.answers)) {
      if (base.answers[qid]) {
        delete base.answers[qid].updated;
        if (item.updated) base.answers[qid].updated = item.updated;
      }
    }
    base.updated = doc.updated;
    state.baseline = base;
    dirty = false;
    draftDisabled = false;
    saveDraft();
    render();
  }

  function hasContent() {
    return Object.keys(state.answers).some((qid) => {
      const answer = state.answers[qid];
      return hasLevel(qid) || [...TEXT_PARTS, 'reason_na', 'reason_dont_know'].some((part) => answer[part]);
    }) || Boolean(state.respondent.name || state.respondent.role);
  }

  // --- messages -------------------------------------------------------------------------------------------

  function say(message) {
    document.getElementById('alert').replaceChildren();
    document.getElementById('status').replaceChildren(el('p', { text: message }));
    document.getElementById('messages').hidden = false;
  }

  function alertMessage(lines) {
    document.getElementById('status').replaceChildren();
    document.getElementById('alert').replaceChildren(...lines.map((line, i) => el('p', { text: line, className: i ? 'detail' : null })));
    document.getElementById('messages').hidden = false;
  }

  function dismiss() {
    document.getElementById('status').replaceChildren();
    document.getElementById('alert').replaceChildren();
    document.getElementById('messages').hidden = true;
  }

  // --- counting -------------------------------------------------------------------------------------------

  function answeredCount() {
    return QUESTIONS.filter(({ question }) => hasLevel(question.id)).length;
  }

  function sectionCounts(section) {
    const counts = { total: section.questions.length, answered: 0, na: 0, dont_know: 0, missing: 0, first: null };
    for (const question of section.questions) {
      const level = hasLevel(question.id) ? state.answers[question.id].level : null;
      if (level === null) {
        counts.missing += 1;
        if (counts.first === null) counts.first = question;
      } else if (level === 'na') counts.na += 1;
      else if (level === 'dont_know') counts.dont_know += 1;
      else counts.answered += 1;
    }
    return counts;
  }

  // --- drawing the page -------------------------------------------------------------------------------------

  function sectionLabel(domain, section) {
    if (section.title) return t('assess.part_heading', { id: section.id, title: setText(section.title)[0] });
    const key = domain.kind === 'structures' ? 'assess.structures_heading' : 'assess.domain_heading';
    return t(key, { id: domain.id, title: setText(domain.title)[0] });
  }

  function render() {
    const focused = document.activeElement && document.activeElement.id;
    const root = document.getElementById('app');
    document.documentElement.lang = state.lang;
    document.title = t('form.page_title', { title: setText(SET.title)[0] });
    root.replaceChildren(header(), toolbar(), mainContent(), footer());
    drawDraftNote();
    refresh();
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  function header() {
    const switcher = el('div', { className: 'lang-switch', role: 'group', 'aria-labelledby': 'lang-label' }, [
      el('span', { id: 'lang-label', text: t('form.language'), className: 'lang-label' }),
    ]);
    for (const code of DATA.languages) {
      const unofficial = SET.languages.unofficial.includes(code);
      switcher.appendChild(
        el('button', { type: 'button', id: 'lang-' + code, className: 'lang', lang: code, 'data-action': 'lang', 'data-lang': code, 'aria-pressed': code === state.lang ? 'true' : 'false' }, [
          el('span', { text: t('form.lang_name', null, code) }),
          unofficial ? el('span', { className: 'unofficial', text: ' (' + t('form.unofficial_short', null, code) + ')' }) : null,
        ])
      );
    }
    return el('header', { className: 'masthead' }, [
      el('div', { className: 'wrap' }, [
        switcher,
        el('p', { className: 'eyebrow', text: t('form.eyebrow') }),
        setEl('h1', {}, SET.title),
        el('p', { className: 'print-only paper-note', text: t('form.paper_note') }),
        el('p', { className: 'print-only printed-note', id: 'printed-note' }),
      ]),
    ]);
  }

  function toolbar() {
    const jump = el('ol', { className: 'jump-list' });
    for (const { domain, section } of SECTIONS) {
      const links = el('ul', { className: 'jump-questions' });
      for (const question of section.questions) {
        links.appendChild(
          el('li', {}, [
            el('a', { href: '#q-' + question.id, id: 'jump-' + question.id, 'data-action': 'jump', 'data-q': question.id }, [
              el('span', { 'aria-hidden': 'true', text: String(question.number) }),
              el('span', { className: 'visually-hidden', text: t('form.jump_question', { number: question.number }) + ', ' }),
              el('span', { className: 'visually-hidden status-text' }),
            ]),
          ])
        );
      }
      jump.appendChild(el('li', {}, [el('span', { className: 'jump-section', text: sectionLabel(domain, section) }), links]));
    }
    return el('div', { className: 'toolbar no-print' }, [
      el('div', { className: 'wrap toolbar-row' }, [
        el('p', { className: 'progress-text', id: 'progress-text' }),
        el('progress', { id: 'progress', max: TOTAL, value: 0, 'aria-hidden': 'true' }),
        el('p', { className: 'save-state', id: 'save-state' }),
        el('details', { className: 'jump', id: 'jump' }, [el('summary', { text: t('form.jump_heading') }), el('nav', { 'aria-label': t('form.jump_heading') }, [jump])]),
        el('div', { className: 'toolbar-actions' }, [
          el('button', { type: 'button', className: 'primary', id: 'save-top', 'data-action': 'save', 'aria-describedby': 'save-hint' , text: t('form.save') }),
          el('button', { type: 'button', id: 'open-top', 'data-action': 'open', 'aria-describedby': 'open-hint', text: t('form.open') }),
          el('button', { type: 'button', id: 'new-respondent', 'data-action': 'new-respondent', hidden: !savedAt, text: t('form.new_respondent') }),
        ]),
      ]),
      el('div', { className: 'wrap messages', id: 'messages', hidden: true }, [
        el('div', { id: 'status', role: 'status' }),
        el('div', { id: 'alert', role: 'alert' }),
        el('button', { type: 'button', className: 'dismiss', 'data-action': 'dismiss', text: t('form.dismiss') }),
      ]),
    ]);
  }

  function mainContent() {
    const main = el('main', { id: 'main', className: 'wrap' }, [draftsOffered(), intro(), projectPart()]);
    let shownDomain = null;
    let domainBlock = null;
    for (const { domain, section } of SECTIONS) {
      if (domain !== shownDomain) {
        shownDomain = domain;
        const key = domain.kind === 'structures' ? 'assess.structures_heading' : 'assess.domain_heading';
        const [title, lang] = setText(domain.title);
        domainBlock = el('section', { className: 'domain', 'aria-labelledby': 'domain-' + domain.id + '-h' }, [
          el('h2', { id: 'domain-' + domain.id + '-h', text: t(key, { id: domain.id, title: title }), lang: lang !== state.lang ? lang : null }),
          domain.description ? setEl('p', { className: 'section-intro' }, domain.description) : null,
        ]);
        main.appendChild(domainBlock);
      }
      if (section.title) {
        domainBlock.appendChild(el('h3', { text: t('assess.part_heading', { id: section.id, title: setText(section.title)[0] }) }));
      }
      if (section.description) domainBlock.appendChild(setEl('p', { className: 'section-intro' }, section.description));
      for (const question of section.questions) domainBlock.appendChild(questionBlock(question));
    }
    main.appendChild(summaryPart());
    return main;
  }

  /** The drafts found on this device when the page opened: whose each is, to continue or delete; nothing else. */
  function draftsOffered() {
    if (!offered.length) return null;
    const items = offered.map(({ key, draft }) => {
      const who = draftOwner(draft);
      return el('li', {}, [
        el('p', { text: t('form.draft_item', { who: who, time: when(core.normalTime(draft.saved)) }) }),
        el('div', { className: 'actions' }, [
          el('button', { type: 'button', 'data-action': 'continue-draft', 'data-key': key, text: t('form.draft_continue', { who: who }) }),
          el('button', { type: 'button', 'data-action': 'remove-draft', 'data-key': key, text: t('form.draft_remove', { who: who }) }),
        ]),
      ]);
    });
    return el('section', { className: 'drafts no-print', id: 'drafts', 'aria-labelledby': 'drafts-h' }, [
      el('h2', { id: 'drafts-h', tabindex: '-1', text: t('form.drafts_heading', { count: offered.length }) }),
      el('p', { text: t('form.drafts_intro') }),
      el('ul', { className: 'draft-list' }, items),
      el('button', { type: 'button', className: 'primary', id: 'start-new', 'data-action': 'start-new', text: t('form.draft_start_new') }),
    ]);
  }

  function intro() {
    const notes = [];
    if (!SET.languages.available.includes(state.lang)) {
      notes.push(el('p', { className: 'note', text: t('form.lang_missing', { fallback: t('form.lang_name', null, SET.languages.default) }) }));
    } else if (SET.languages.unofficial.includes(state.lang) && SET.translationNote) {
      notes.push(setEl('p', { className: 'note' }, SET.translationNote));
    }
    return el('section', { className: 'intro', 'aria-labelledby': 'intro-h' }, [
      el('h2', { id: 'intro-h', text: t('form.intro_heading') }),
      SET.description ? setEl('p', {}, SET.description) : null,
      el('p', { text: t('form.intro', { count: TOTAL }) }),
      ...notes,
      setEl('p', { className: 'source-note' }, SET.note),
      el('p', { className: 'record no-print', text: t('form.file_is_record') }),
      el('p', { className: 'no-print', text: t('form.privacy') }),
      el('p', { className: 'no-print', id: 'draft-note' }),
      el('div', { className: 'actions no-print' }, [
        el('button', { type: 'button', 'data-action': 'open', id: 'open-intro', 'aria-describedby': 'open-hint', text: t('form.open') }),
        el('button', { type: 'button', 'data-action': 'delete-draft', id: 'delete-draft', text: t('form.draft_delete') }),
      ]),
      el('p', { className: 'hint no-print', id: 'open-hint', text: t('form.open_hint') }),
      el('input', { type: 'file', id: 'open-file', accept: '.yaml,.yml,text/yaml,application/yaml', hidden: true, tabindex: '-1', 'aria-hidden': 'true' }),
    ]);
  }

  function textInput(id, label, value, options) {
    const opts = options || {};
    const note = opts.required ? t('form.required') : t('form.optional');
    return el('div', { className: 'field' }, [
      el('label', { for: id }, [el('span', { text: label }), el('span', { className: 'note-inline', text: ' (' + note + ')' })]),
      el('input', { type: 'text', id: id, value: value, autocomplete: 'off', 'data-field': opts.field, 'aria-describedby': id + '-error' + (opts.describedby ? ' ' + opts.describedby : ''), required: opts.required || null, 'aria-required': opts.required ? 'true' : null }),
      el('p', { className: 'field-error', id: id + '-error', hidden: true }),
    ]);
  }

  function projectPart() {
    const phases = el('fieldset', { className: 'phase', id: 'phase', 'aria-describedby': 'phase-error' }, [
      el('legend', {}, [el('span', { text: t('assess.ask_phase') }), el('span', { className: 'note-inline', text: ' (' + t('form.required') + ')' })]),
    ]);
    for (const value of DATA.phases) {
      phases.appendChild(
        el('label', { className: 'choice' }, [
          el('input', { type: 'radio', name: 'phase', value: value, id: 'phase-' + value, checked: state.project.phase === value, 'data-field': 'project.phase' }),
          el('span', { text: t('assess.phase_' + value) }),
        ])
      );
    }
    phases.appendChild(el('p', { className: 'field-error', id: 'phase-error', hidden: true }));
    return el('section', { className: 'who', 'aria-labelledby': 'project-h' }, [
      el('h2', { id: 'project-h', text: t('form.project_heading') }),
      textInput('project-name', t('assess.ask_project'), state.project.name, { required: true, field: 'project.name' }),
      phases,
      textInput('project-code', t('form.project_code'), state.project.code, { field: 'project.code' }),
      textInput('project-organisation', t('form.project_organisation'), state.project.organisation, { field: 'project.organisation' }),
      textInput('project-region', t('form.project_region'), state.project.region, { field: 'project.region' }),
      el('h2', { id: 'respondent-h', text: t('form.respondent_heading') }),
      el('p', { className: 'hint', id: 'respondent-note', text: t('form.respondent_note') }),
      textInput('respondent-name', t('assess.ask_name'), state.respondent.name, { field: 'respondent.name', describedby: 'respondent-note' }),
      textInput('respondent-role', t('assess.ask_role'), state.respondent.role, { field: 'respondent.role' }),
    ]);
  }

  function choice(qid, value, label, description, className) {
    const id = qid + '-level-' + value;
    const answer = state.answers[qid];
    return el('label', { className: 'choice ' + className, for: id }, [
      el('input', { type: 'radio', name: 'level-' + qid, id: id, value: String(value), checked: Boolean(answer) && answer.level === value, 'data-q': qid }),
      className === 'level' ? el('span', { className: 'num', 'aria-hidden': 'true', text: String(value) }) : null,
      el('span', { className: 'label' }, [
        setEl('span', {}, label),
        description ? setEl('span', { className: 'level-description' }, description) : null,
      ]),
    ]);
  }

  function textArea(qid, part, label, hidden) {
    const id = qid + '-' + part;
    const answer = state.answers[qid];
    const value = answer ? answer[part] : '';
    return el('div', { className: 'field text-field ' + part, id: id + '-field', hidden: hidden }, [
      el('label', { for: id }, [el('span', { text: label }), el('span', { className: 'note-inline', text: ' (' + t('form.optional') + ')' })]),
      el('textarea', { id: id, rows: part.startsWith('reason') ? 2 : 3, 'data-q': qid, 'data-part': part, 'aria-describedby': id + '-error ' + qid + '-message' }, [document.createTextNode(value)]),
      el('div', { className: 'print-box', id: id + '-print', 'aria-hidden': 'true' }),
      el('p', { className: 'field-error', id: id + '-error', hidden: true }),
    ]);
  }

  function questionBlock(question) {
    const qid = question.id;
    const levels = el('div', { className: 'levels' });
    for (const level of SET.levels) levels.appendChild(choice(qid, level.value, level.label, level.description, 'level'));
    const specials = el('div', { className: 'specials' }, [el('span', { className: 'or', 'aria-hidden': 'true', text: t('form.special_or') })]);
    for (const special of SET.special) specials.appendChild(choice(qid, special.value, special.label, null, 'special'));
    const level = state.answers[qid] ? state.answers[qid].level : null;
    const [questionText, questionLang] = setText(question.text);
    const describedBy = [question.examples ? qid + '-examples' : null, qid + '-message'].filter(Boolean).join(' ');
    const children = [
      el('legend', {}, [
        el('span', { className: 'counter', text: t('assess.counter', { number: question.number, total: TOTAL }) }),
        el('span', { className: 'question-text', text: questionText, lang: questionLang !== state.lang ? questionLang : null }),
      ]),
      question.examples ? setEl('p', { className: 'examples', id: qid + '-examples' }, question.examples) : null,
      el('p', { className: 'ask', id: qid + '-ask' }, [
        el('span', { text: t('assess.ask_level') }),
        el('span', { className: 'print-only', text: ' ' + t('form.paper_choose') }),
      ]),
      el('div', { className: 'choices', role: 'radiogroup', 'aria-labelledby': qid + '-ask' }, [levels, specials]),
      el('button', { type: 'button', className: 'link-button no-print', id: qid + '-clear', 'data-action': 'clear', 'data-q': qid, hidden: level === null || level === undefined, text: t('form.clear_choice') }),
    ];
    if (DATA.reasonField) {
      children.push(textArea(qid, 'reason_na', t('answering.ask_reason_na'), level !== 'na'));
      children.push(textArea(qid, 'reason_dont_know', t('answering.ask_reason_dont_know'), level !== 'dont_know'));
    }
    children.push(textArea(qid, 'how', t('assess.ask_how'), false));
    children.push(textArea(qid, 'next_step', t('assess.ask_next_step'), false));
    children.push(el('p', { className: 'message', id: qid + '-message', hidden: true }));
    return el('fieldset', { className: 'question', id: 'q-' + qid, tabindex: '-1', 'aria-describedby': describedBy }, children);
  }

  function summaryPart() {
    const head = el('tr', {}, ['form.col_section', 'form.col_answered', 'form.col_na', 'form.col_dont_know', 'form.col_missing'].map((key) => el('th', { scope: 'col', text: t(key) })));
    return el('section', { className: 'summary', 'aria-labelledby': 'summary-h' }, [
      el('h2', { id: 'summary-h', text: t('form.summary_heading') }),
      // on a phone the table scrolls sideways: the scrolling box can be reached and scrolled from the keyboard
      el('div', { className: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'summary-h' }, [
        el('table', {}, [el('thead', {}, [head]), el('tbody', { id: 'summary-body' }), el('tfoot', { id: 'summary-foot' })]),
      ]),
      el('p', { id: 'summary-next' }),
      el('div', { className: 'actions no-print' }, [
        el('button', { type: 'button', className: 'primary', id: 'save-bottom', 'data-action': 'save', 'aria-describedby': 'save-hint', text: t('form.save') }),
        el('button', { type: 'button', id: 'print', 'data-action': 'print', text: t('form.print') }),
      ]),
      el('p', { className: 'hint no-print', id: 'save-hint' }),
      store
        ? el('p', { className: 'keep-draft no-print' }, [
            el('input', { type: 'checkbox', id: 'keep-draft', checked: keepDraft }),
            el('label', { for: 'keep-draft', text: ' ' + t('form.keep_draft') }),
          ])
        : null,
    ]);
  }

  function footer() {
    return el('footer', { className: 'wrap' }, [
      el('p', { text: t('form.footer', { version: DATA.version, publisher: setText(SET.publisher)[0] }) }),
    ]);
  }

  function drawDraftNote() {
    const node = document.getElementById('draft-note');
    if (!node) return;
    let message = storageWorks && !draftDisabled ? t('form.draft_on') : t('form.draft_off');
    if (draftDisabled) message = t('form.draft_deleted');
    if (restoredAt && storageWorks && !draftDisabled) message = t('form.draft_restored', { time: when(restoredAt) }) + ' ' + message;
    node.textContent = message;
  }

  // --- keeping what is shown in step with the answers ------------------------------------------------------

  function refresh(only) {
    for (const { question } of QUESTIONS) {
      if (!only || only === question.id) refreshQuestion(question);
    }
    const answered = answeredCount();
    document.getElementById('progress-text').textContent = t('form.progress', { answered: answered, total: TOTAL });
    document.getElementById('progress').value = answered;
    const body = document.getElementById('summary-body');
    const rows = [];
    const total = { answered: 0, na: 0, dont_know: 0, missing: 0 };
    let firstMissing = null;
    for (const { domain, section } of SECTIONS) {
      const counts = sectionCounts(section);
      for (const name of Object.keys(total)) total[name] += counts[name];
      if (!firstMissing && counts.first) firstMissing = counts.first;
      rows.push(
        el('tr', {}, [
          el('th', { scope: 'row', text: sectionLabel(domain, section) }),
          ...['answered', 'na', 'dont_know', 'missing'].map((name) => el('td', { text: String(counts[name]) })),
        ])
      );
    }
    body.replaceChildren(...rows);
    document.getElementById('summary-foot').replaceChildren(
      el('tr', {}, [el('th', { scope: 'row', text: t('form.total') }), ...['answered', 'na', 'dont_know', 'missing'].map((name) => el('td', { text: String(total[name]) }))])
    );
    const next = document.getElementById('summary-next');
    if (firstMissing) {
      next.replaceChildren(el('a', { href: '#q-' + firstMissing.id, 'data-action': 'jump', 'data-q': firstMissing.id, text: t('form.first_missing', { number: firstMissing.number }) }));
    } else {
      next.replaceChildren(el('span', { text: t('form.all_answered') }));
    }
    document.getElementById('save-hint').textContent = t('form.save_hint', { file: fileName() });
    let saveState = '';
    if (dirty && hasContent()) saveState = t('form.unsaved');
    else if (savedAt) saveState = t('form.saved_at', { time: savedAt });
    document.getElementById('save-state').textContent = saveState;
    document.getElementById('new-respondent').hidden = !savedAt;
    document.body.classList.toggle('is-empty', !hasContent());
  }

  function refreshQuestion(question) {
    const qid = question.id;
    const answer = state.answers[qid];
    const level = hasLevel(qid) ? answer.level : null;
    const link = document.getElementById('jump-' + qid);
    link.classList.toggle('done', level !== null);
    link.querySelector('.status-text').textContent = level !== null ? t('form.status_answered') : t('form.status_missing');
    document.getElementById(qid + '-clear').hidden = level === null;
    if (DATA.reasonField) {
      document.getElementById(qid + '-reason_na-field').hidden = level !== 'na';
      document.getElementById(qid + '-reason_dont_know-field').hidden = level !== 'dont_know';
    }
    for (const part of [...TEXT_PARTS, ...(DATA.reasonField ? ['reason_na', 'reason_dont_know'] : [])]) {
      document.getElementById(qid + '-' + part + '-print').textContent = answer ? answer[part] : '';
    }
    const message = document.getElementById(qid + '-message');
    const orphan = answer && level === null && TEXT_PARTS.some((part) => cleanText(answer[part]));
    message.hidden = !orphan;
    message.textContent = orphan ? t('form.text_needs_choice') : '';
  }

  // --- events -----------------------------------------------------------------------------------------------

  function onInput(event) {
    const target = event.target;
    const field = target.getAttribute('data-field');
    if (field && target.type !== 'radio') {
      const [group, name] = field.split('.');
      state[group][name] = target.value;
      if (target.hasAttribute('aria-invalid')) {
        target.removeAttribute('aria-invalid');
        document.getElementById(target.id + '-error').hidden = true;
      }
      changed(null);
      return;
    }
    const part = target.getAttribute('data-part');
    if (part) {
      answerOf(target.getAttribute('data-q'))[part] = target.value;
      changed(target.getAttribute('data-q'));
    }
  }

  function onChange(event) {
    const target = event.target;
    if (target.id === 'open-file') {
      const file = target.files && target.files[0];
      if (file) openFile(file);
      target.value = '';
      return;
    }
    if (target.id === 'keep-draft') {
      keepDraft = target.checked;
      saveDraft();
      return;
    }
    if (target.type !== 'radio') return;
    if (target.name === 'phase') {
      state.project.phase = target.value;
      document.getElementById('phase-error').hidden = true;
      followPhase();
      changed(null);
      return;
    }
    const qid = target.getAttribute('data-q');
    const level = SPECIALS.includes(target.value) ? target.value : Number(target.value);
    answerOf(qid).level = level;
    changed(qid);
  }

  function onClick(event) {
    const target = event.target.closest('[data-action]');
    if (!target) return;
    const action = target.getAttribute('data-action');
    if (action === 'lang') {
      const lang = target.getAttribute('data-lang');
      // The file records the language answered in: switching changes it (without making answers unsaved).
      if (lang !== state.lang && (state.baseline || hasContent())) state.lastChange = core.isoLocal(new Date());
      state.lang = lang;
      saveDraft();
      render();
      document.getElementById('lang-' + state.lang).focus();
    } else if (action === 'save') {
      save();
    } else if (action === 'open') {
      document.getElementById('open-file').click();
    } else if (action === 'delete-draft') {
      deleteDraft();
    } else if (action === 'new-respondent') {
      newRespondent();
    } else if (action === 'continue-draft' || action === 'remove-draft') {
      const chosen = offered.find((item) => item.key === target.getAttribute('data-key'));
      if (!chosen) return;
      if (action === 'continue-draft') {
        if (dirty && hasContent() && !window.confirm(t('form.confirm_replace'))) return;
        continueDraft(chosen.key, chosen.draft);
        return;
      }
      drafts.remove(chosen.key);
      offered = offered.filter((item) => item !== chosen);
      render();
      say(t('form.draft_removed', { who: draftOwner(chosen.draft) }));
      document.getElementById(offered.length ? 'drafts-h' : 'project-name').focus();
    } else if (action === 'start-new') {
      offered = [];
      render();
      document.getElementById('project-name').focus();
    } else if (action === 'dismiss') {
      dismiss();
      document.getElementById('save-top').focus();
    } else if (action === 'print') {
      window.print();
    } else if (action === 'clear') {
      const qid = target.getAttribute('data-q');
      answerOf(qid).level = null;
      for (const input of document.querySelectorAll('input[name="level-' + qid + '"]')) input.checked = false;
      changed(qid);
      const question = QUESTIONS.find((item) => item.question.id === qid).question;
      say(t('form.choice_cleared', { number: question.number }));
      document.querySelector('input[name="level-' + qid + '"]').focus();
    } else if (action === 'jump') {
      event.preventDefault();
      const block = document.getElementById('q-' + target.getAttribute('data-q'));
      document.getElementById('jump').open = false;
      block.scrollIntoView({ block: 'start' });
      block.focus({ preventScroll: true });
    }
  }

  window.addEventListener('beforeunload', (event) => {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  window.addEventListener('beforeprint', () => {
    const node = document.getElementById('printed-note');
    if (node) node.textContent = t('form.printed_answers', { time: core.isoLocal(new Date()).slice(0, 16).replace('T', ' ') });
  });

  const app = document.getElementById('app');
  app.addEventListener('input', onInput);
  app.addEventListener('change', onChange);
  app.addEventListener('click', onClick);
  offered = drafts.list(Date.now());
  render();
  document.documentElement.setAttribute('data-ready', 'true');
})();
