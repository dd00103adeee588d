/* Drafts of the answer form in the browser's localStorage: as little as possible, for as short as possible.
 * A draft exists only while a respondent has changes not yet saved to a file (or asked to keep one), one per
 * respondent id, and at most MAX_AGE_DAYS. Every page opened from a file in the same browser shares this storage,
 * so a draft is untrusted input: the page reads it through the same checks as an opened file, and uses its
 * respondent id only when it has the form of the ids this form makes (see isFormId).
 * Loaded after form-core.js and before form-app.js; adds `drafts` to their shared global object. */
(function () {
  'use strict';

  const PREFIX = 'osallisuus-form:';
  const MAX_AGE_DAYS = 7;
  const DAY = 24 * 60 * 60 * 1000;
  // What core.newId() makes: a random (version 4) UUID in lower case. Anything else in a draft was not made here.
  const FORM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  function isFormId(value) {
    return typeof value === 'string' && FORM_ID.test(value);
  }

  function openStore(probe) {
    try {
      const candidate = window.localStorage;
      candidate.setItem(probe, '1');
      candidate.removeItem(probe);
      return candidate;
    } catch (e) {
      return null;
    }
  }

  /** The drafts of one form (its set and project: `formKey`), each under its respondent's id. */
  function Drafts(formKey) {
    this.base = PREFIX + formKey;
    this.store = openStore(this.base + ':probe');
  }

  Drafts.prototype.keyOf = function (id) {
    return this.base + ':' + id;
  };

  /** Writes a draft; false when the browser refuses (full, or storage turned off meanwhile). */
  Drafts.prototype.write = function (key, draft) {
    if (!this.store) return false;
    try {
      this.store.setItem(key, JSON.stringify(draft));
      return true;
    } catch (e) {
      return false;
    }
  };

  /** Removes a draft; whether there was one. */
  Drafts.prototype.remove = function (key) {
    if (!this.store || !key) return false;
    try {
      const existed = this.store.getItem(key) !== null;
      this.store.removeItem(key);
      return existed;
    } catch (e) {
      return false;
    }
  };

  /** This form's drafts, newest first, as [{key, draft}]. Drafts past their age or unreadable are removed here. */
  Drafts.prototype.list = function (now) {
    if (!this.store) return [];
    const found = [];
    let keys;
    try {
      keys = Object.keys(this.store);
    } catch (e) {
      return [];
    }
    for (const key of keys) {
      // this form's drafts: one per respondent, and the single draft an earlier version of the form kept
      if (key !== this.base && !(key.startsWith(this.base + ':') && key !== this.base + ':probe')) continue;
      let draft = null;
      try {
        draft = JSON.parse(this.store.getItem(key) || 'null');
      } catch (e) {
        draft = null;
      }
      const saved = draft && typeof draft === 'object' ? Date.parse(draft.saved) : NaN;
      if (!draft || typeof draft !== 'object' || ![1, 2].includes(draft.version) || Number.isNaN(saved) || now - saved > MAX_AGE_DAYS * DAY) {
        this.remove(key);
        continue;
      }
      found.push({ key: key, draft: draft, saved: saved });
    }
    found.sort((a, b) => b.saved - a.saved || (a.key < b.key ? -1 : 1));
    return found.map(({ key, draft }) => ({ key: key, draft: draft }));
  };

  /** Whether a draft stored under `key` may give its respondent id: made here, and the one it is filed under. */
  Drafts.prototype.trustsId = function (key, id) {
    return isFormId(id) && key === this.keyOf(id);
  };

  window.OsallisuusForm.drafts = { Drafts: Drafts, isFormId: isFormId, MAX_AGE_DAYS: MAX_AGE_DAYS };
})();
