// OrgGraph pages: the language (zh-CN by default, ?lang=en), messages from /pages/i18n/<lang>.json, and GraphQL
// over fetch() on the same origin (credentials: 'same-origin', so a login session's cookie goes along).
(function () {
  'use strict';
  const params = new URLSearchParams(window.location.search);
  const lang = params.get('lang') === 'en' ? 'en' : 'zh-CN';
  let messages = {};

  function t(key) {
    return Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
  }

  // Every element with data-i18n gets its message as text (never as HTML); data-i18n-placeholder as placeholder.
  function translate(root) {
    root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  }

  // Links between the pages keep the language.
  function keepLanguage(root) {
    if (lang !== 'en') return;
    root.querySelectorAll('a[data-page]').forEach(a => {
      const url = new URL(a.getAttribute('href'), window.location.href);
      url.searchParams.set('lang', 'en');
      a.setAttribute('href', url.pathname + url.search);
    });
  }

  // The pages every header links, in order (the current one is left out; Neo4j Browser keeps its own language).
  const PAGES = [['/', 'nav.home'], ['/explore', 'nav.explore'], ['/dashboard', 'nav.dashboard'],
    ['/graphiql', 'nav.graphiql'], ['/browser/', 'nav.browser']];

  function header() {
    const bar = document.querySelector('header.bar');
    if (!bar) return;
    const title = document.createElement('h1');
    title.dataset.i18n = bar.dataset.title;
    const nav = document.createElement('nav');
    PAGES.filter(([path]) => path !== window.location.pathname).forEach(([path, key]) => {
      const a = document.createElement('a');
      a.setAttribute('href', path);
      a.dataset.i18n = key;
      if (path !== '/browser/') a.dataset.page = '';
      nav.appendChild(a);
    });
    const other = document.createElement('a');
    other.id = 'lang-switch';
    bar.replaceChildren(title, nav, other);
  }

  async function ready() {
    document.documentElement.lang = lang;
    header();
    const response = await fetch('/pages/i18n/' + lang + '.json', {credentials: 'same-origin'});
    messages = await response.json();
    translate(document);
    keepLanguage(document);
    const other = document.getElementById('lang-switch');
    if (other) {
      const url = new URL(window.location.href);
      if (lang === 'en') url.searchParams.delete('lang'); else url.searchParams.set('lang', 'en');
      other.setAttribute('href', url.pathname + url.search);
      other.textContent = lang === 'en' ? '中文' : 'English';
    }
  }

  // One GraphQL request; throws with the first error's message (and code) when there are errors.
  async function graphql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json'},
      body: JSON.stringify({query: query, variables: variables || {}})
    });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      const e = body.errors[0];
      const code = e.extensions && e.extensions.code ? ' (' + e.extensions.code + ')' : '';
      throw new Error(e.message + code);
    }
    return body.data;
  }

  function number(n) {
    return n === null || n === undefined ? '–' : Number(n).toLocaleString(lang);
  }

  function percent(rate) {
    return rate === null || rate === undefined ? '–' : (rate * 100).toFixed(1) + '%';
  }

  // A new element with text content only (no HTML from data ever reaches innerHTML).
  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // An "as of" slider (a range input): one step per month from January of firstYear, the last step today. Starts at
  // the month `initial` names (YYYY-MM-01) or at today; returns the function that tells its day (null: today).
  function asOfSlider(input, firstYear, initial) {
    const months = [];
    for (let d = new Date(Date.UTC(firstYear, 0, 1)); d <= new Date(); d.setUTCMonth(d.getUTCMonth() + 1)) {
      months.push(d.toISOString().slice(0, 10));
    }
    input.max = String(months.length);
    const start = months.indexOf(initial);
    input.value = String(start < 0 ? months.length : start);
    return () => {
      const i = Number(input.value);
      return i >= months.length ? null : months[i];
    };
  }

  window.OrgGraph = {lang, t, ready, graphql, number, percent, el, params, asOfSlider};
})();
