/* The answer form's data rules, without any page: reading an answers file, writing one, file names and times.
 * They follow the Python side: osallisuus_cli/model/answers.py (the fields and their checks),
 * osallisuus_cli/files/yamlemit.py (how YAML is written) and osallisuus_cli/files/fsutil.py (slugify).
 * Loaded before form-app.js; shares one global object with it. */
(function () {
  'use strict';

  // --- times: ISO 8601 to the second, with the local UTC offset, as the Python side writes them ---------------

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function isoLocal(date) {
    const offset = -date.getTimezoneOffset();
    const sign = offset >= 0 ? '+' : '-';
    const abs = Math.abs(offset);
    return (
      date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) +
      'T' + pad(date.getHours()) + ':' + pad(date.getMinutes()) + ':' + pad(date.getSeconds()) +
      sign + pad(Math.floor(abs / 60)) + ':' + pad(abs % 60)
    );
  }

  // What Python's datetime.fromisoformat accepts from our files, with an offset required (AwareDatetime).
  const TIMESTAMP = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?(?:(Z)|([+-])(\d\d):?(\d\d))$/;

  /** The time in normal form ('2026-11-02T10:00:00+02:00'), or null when it is not a time with an offset. */
  function normalTime(value) {
    if (typeof value !== 'string') return null;
    const m = TIMESTAMP.exec(value.trim());
    if (!m) return null;
    const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
    const second = m[6] ? Number(m[6]) : 0;
    const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    const offset = m[7] ? '+00:00' : m[8] + m[9] + ':' + m[10];
    if (Number(m[9]) > 23 || Number(m[10]) > 59) return null;
    return m[1] + '-' + m[2] + '-' + m[3] + 'T' + m[4] + ':' + m[5] + ':' + pad(second) + offset;
  }

  // --- respondent id --------------------------------------------------------------------------------------

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      try {
        return window.crypto.randomUUID();
      } catch (e) {
        /* not a secure context: fall through */
      }
    }
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  // --- file names: fsutil.slugify ---------------------------------------------------------------------------

  const LETTERS = { 'ä': 'a', 'ö': 'o', 'å': 'a', 'ø': 'o', 'æ': 'ae', 'ð': 'd', 'þ': 'th', 'ß': 'ss', 'œ': 'oe', 'ł': 'l', 'đ': 'd' };
  const RESERVED = new Set(['con', 'prn', 'aux', 'nul']);
  for (let i = 1; i <= 9; i++) {
    RESERVED.add('com' + i);
    RESERVED.add('lpt' + i);
  }

  function slugify(name, fallback) {
    const lowered = Array.from(name.toLowerCase(), (ch) => LETTERS[ch] || ch).join('');
    // eslint-disable-next-line no-control-regex
    const ascii = lowered.normalize('NFKD').replace(/[^\x00-\x7f]/g, '').toLowerCase();
    let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/^-+|-+$/g, '');
    if (RESERVED.has(slug)) slug += '-1';
    return slug || fallback || 'vastaukset';
  }

  // --- writing YAML: the rules of yamlemit.py -----------------------------------------------------------------

  const WORD = '[\\p{L}\\p{N}_]';
  const INNER = "[\\p{L}\\p{N}_ .,()/'\u2019!?%&+\\-\u2013]";
  const LAST = "[\\p{L}\\p{N}_.,()/'\u2019!?%&+\\-\u2013]";
  const PLAIN = new RegExp('^' + WORD + '(?:' + INNER + '*' + LAST + ')?$', 'u');
  const NOT_BLOCK = /[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]|[\u2028\u2029\ufeff]| (?:\n|$)/u;
  const PAD_ONLY = /^ +$/gm;
  // With the u flag a surrogate pair is one character: only a lone half (never valid UTF-8) is escaped.
  const ESCAPE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/gu;
  // PyYAML's implicit resolvers (YAML 1.1), keyed by the first character: a plain word they match would be read
  // back as something other than text, so it is quoted.
  const RESOLVERS = [
    ['yYnNtTfFoO', /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/],
    ['-+0123456789.', /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/],
    ['-+0123456789', /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/],
    ['~nN', /^(?:~|null|Null|NULL|)$/],
    ['0123456789', /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/],
  ];

  function readsAsText(value) {
    return !RESOLVERS.some(([first, pattern]) => first.includes(value[0]) && pattern.test(value));
  }

  function quoted(value) {
    return JSON.stringify(value).replace(ESCAPE, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
  }

  function block(value, indent) {
    const clip = value.endsWith('\n');
    const body = clip ? value.slice(0, -1) : value;
    if (body.endsWith('\n') || NOT_BLOCK.test(body)) return null;
    const first = body.replace(/^\n+/, '');
    if (!first || first.startsWith(' ')) return null;
    const padding = ' '.repeat(indent);
    let lines = padding + body.split('\n').join('\n' + padding);
    if (body.includes('\n\n') || body.startsWith('\n')) lines = lines.replace(PAD_ONLY, '');
    return (clip ? '|\n' : '|-\n') + lines;
  }

  function scalar(value, indent) {
    if (value === null) return 'null';
    if (value === true) return 'true';
    if (value === false) return 'false';
    if (typeof value === 'number') {
      if (!Number.isInteger(value)) throw new TypeError('only whole numbers are written');
      return String(value);
    }
    if (typeof value !== 'string') throw new TypeError('cannot write ' + typeof value + ' as YAML');
    if (PLAIN.test(value) && readsAsText(value)) return value;
    if (value.includes('\n')) {
      const literal = block(value, indent);
      if (literal !== null) return literal;
    }
    return quoted(value);
  }

  function key(value) {
    return value.includes('\n') ? quoted(value) : scalar(value, 0);
  }

  function mappingLines(data, indent, out) {
    const padding = ' '.repeat(indent);
    for (const [name, value] of Object.entries(data)) {
      if (value !== null && typeof value === 'object') {
        if (Object.keys(value).length) {
          out.push(padding + key(name) + ':\n');
          mappingLines(value, indent + 2, out);
        } else {
          out.push(padding + key(name) + ': {}\n');
        }
      } else {
        out.push(padding + key(name) + ': ' + scalar(value, indent + 2) + '\n');
      }
    }
    return out;
  }

  /** A whole YAML document for a mapping of mappings, text and whole numbers (all an answers file holds). */
  function emit(data) {
    return mappingLines(data, 0, []).join('');
  }

  // --- reading an answers file: the checks of model/answers.py ---------------------------------------------

  class FileProblem extends Error {
    constructor(key, params, problems) {
      super(key);
      this.key = key;
      this.params = params || {};
      this.problems = problems || [];
    }
  }

  // A float kept apart from an integer: YAML's 3.0 is not the integer 3 (Python refuses a float level).
  function parseSchema() {
    const yaml = window.jsyaml;
    const float = yaml.types.float;
    const marked = new yaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: float.resolve,
      construct: (data) => ({ floatValue: float.construct(data) }),
      predicate: (object) => object !== null && typeof object === 'object' && 'floatValue' in object,
    });
    return yaml.CORE_SCHEMA.extend([marked]);
  }

  let schema = null;

  function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !('floatValue' in value);
  }

  function shown(value) {
    if (value !== null && typeof value === 'object' && 'floatValue' in value) return String(value.floatValue);
    if (typeof value === 'string') return "'" + (value.length > 40 ? value.slice(0, 40) + '…' : value) + "'";
    if (Array.isArray(value)) return '[…]';
    if (value !== null && typeof value === 'object') return '{…}';
    return String(value);
  }

  function codePoints(text) {
    return Array.from(text).length;
  }

  /**
   * The answers file in `text` checked against the form's question set; returns plain data in the documented
   * shape (times in normal form), or throws a FileProblem naming what is wrong.
   */
  function readAnswers(text, data) {
    if (!schema) schema = parseSchema();
    let doc;
    try {
      doc = window.jsyaml.load(text.replace(/^\ufeff/, ''), { schema: schema, json: false });
    } catch (e) {
      // the parser's own words are English and technical: the message says what to look for instead
      const line = e && e.mark ? e.mark.line + 1 : '?';
      throw new FileProblem('form.err_yaml', { line: line });
    }
    if (!isMapping(doc) || doc.format === undefined) {
      throw new FileProblem('form.err_not_answers', { format: data.format });
    }
    if (doc.format === 'osallisuus/team/v1') throw new FileProblem('form.err_team_file', {});
    if (doc.format !== data.format) throw new FileProblem('form.err_not_answers', { format: data.format });
    const fw = doc.framework;
    if (isMapping(fw) && typeof fw.id === 'string' && fw.id !== data.framework.id) {
      throw new FileProblem('form.err_framework', { found: fw.id, expected: data.framework.id });
    }
    if (isMapping(fw) && typeof fw.version === 'string' && fw.version !== data.framework.version) {
      throw new FileProblem('form.err_version', { found: fw.version, expected: data.framework.version, id: data.framework.id });
    }
    const problems = [];
    const problem = (path, key, params) => problems.push({ path: path, key: key, params: params || {} });

    function fields(value, path, required, optional) {
      if (!isMapping(value)) {
        problem(path, value === undefined ? 'form.v_missing' : 'form.v_type', { value: shown(value) });
        return null;
      }
      for (const name of Object.keys(value)) {
        if (!required.includes(name) && !optional.includes(name)) problem(path ? path + '.' + name : name, 'form.v_unknown');
      }
      for (const name of required) {
        if (value[name] === undefined || value[name] === null) problem(path ? path + '.' + name : name, 'form.v_missing');
      }
      return value;
    }

    function str(value, path, max, optional) {
      if (value === undefined || value === null) return optional ? null : undefined;
      if (typeof value !== 'string' || (max <= data.shortText && value.length === 0)) {
        problem(path, 'form.v_type', { value: shown(value) });
        return undefined;
      }
      if (codePoints(value) > max) problem(path, 'form.v_long', { max: max });
      return value;
    }

    function time(value, path) {
      if (value === undefined || value === null) return null;
      const normal = normalTime(value);
      if (normal === null) problem(path, 'form.v_time');
      return normal;
    }

    fields(doc, '', ['format', 'framework', 'respondent', 'project', 'language', 'created', 'updated', 'answers'], []);
    const framework = fields(fw, 'framework', ['id', 'version'], []);
    if (framework) {
      str(framework.id, 'framework.id', data.shortText);
      str(framework.version, 'framework.version', data.shortText);
    }
    const result = {
      respondent: {},
      project: {},
      language: null,
      created: null,
      updated: null,
      answers: {},
    };
    const respondent = fields(doc.respondent, 'respondent', ['id'], ['name', 'role']);
    if (respondent) {
      result.respondent.id = str(respondent.id, 'respondent.id', 100);
      result.respondent.name = str(respondent.name, 'respondent.name', data.shortText, true);
      result.respondent.role = str(respondent.role, 'respondent.role', data.shortText, true);
    }
    const project = fields(doc.project, 'project', ['name', 'phase'], ['code', 'organisation', 'region']);
    if (project) {
      for (const name of ['name', 'code', 'organisation', 'region']) {
        result.project[name] = str(project[name], 'project.' + name, data.shortText, name !== 'name');
      }
      if (project.phase !== undefined && project.phase !== null && !data.phases.includes(project.phase)) {
        problem('project.phase', 'form.v_level', { value: shown(project.phase), allowed: data.phases.join(', ') });
      }
      result.project.phase = project.phase;
    }
    if (doc.language !== undefined && !['fi', 'sv', 'en'].includes(doc.language)) {
      problem('language', 'form.v_level', { value: shown(doc.language), allowed: 'fi, sv, en' });
    }
    result.language = doc.language;
    result.created = time(doc.created, 'created');
    result.updated = time(doc.updated, 'updated');
    const levels = data.set.levels.map((level) => level.value);
    const specials = data.set.special.map((special) => special.value);
    const allowed = levels.map(String).concat(specials).join(', ');
    const known = new Set(data.questionIds);
    if (doc.answers !== undefined && doc.answers !== null && !isMapping(doc.answers)) {
      problem('answers', 'form.v_type', { value: shown(doc.answers) });
    } else if (doc.answers) {
      for (const [qid, item] of Object.entries(doc.answers)) {
        const path = 'answers.' + qid;
        if (!known.has(qid)) {
          problem(path, 'form.v_question', { id: qid });
          continue;
        }
        const optional = [data.reasonField, 'how', 'next_step', 'unfinished', 'updated'].filter(Boolean);
        const answer = fields(item, path, ['level'], optional);
        if (!answer) continue;
        // the texts a terminal session had not yet asked: the form shows every text at once, so it only checks them
        const unfinished = answer.unfinished;
        if (unfinished !== undefined && !(Array.isArray(unfinished) && unfinished.length > 0
            && unfinished.every((name) => ['reason', 'how', 'next_step'].includes(name)))) {
          problem(path + '.unfinished', 'form.v_type', { value: shown(unfinished) });
        }
        const level = answer.level;
        const onScale = typeof level === 'number' && Number.isInteger(level) && levels.includes(level);
        if (level !== undefined && level !== null && !onScale && !specials.includes(level)) {
          problem(path + '.level', 'form.v_level', { value: shown(level), allowed: allowed });
        }
        const entry = {
          level: level,
          how: str(answer.how, path + '.how', data.maxText, true),
          next_step: str(answer.next_step, path + '.next_step', data.maxText, true),
          updated: time(answer.updated, path + '.updated'),
        };
        if (data.reasonField) {
          entry.reason = str(answer[data.reasonField], path + '.' + data.reasonField, data.maxText, true);
          if (entry.reason !== null && entry.reason !== undefined && !specials.includes(level)) {
            problem(path + '.' + data.reasonField, 'form.v_reason');
          }
        }
        result.answers[qid] = entry;
      }
    }
    if (problems.length) throw new FileProblem('form.err_invalid', {}, problems);
    return result;
  }

  window.OsallisuusForm = {
    isoLocal: isoLocal,
    normalTime: normalTime,
    newId: newId,
    slugify: slugify,
    emit: emit,
    readAnswers: readAnswers,
    FileProblem: FileProblem,
    codePoints: codePoints,
  };
})();
