// The big-screen dashboard: the GraphQL dashboard query, filtered by street/town and alliance (?area=…&alliance=…),
// refreshed live: it subscribes to the changes of its scope (the `changes` subscription over SSE) and asks again
// when one arrives. Only while the live stream is down does it poll, every N seconds (?interval=N, default 30).
// The "as of" slider (months from 2018, the last step today; ?asOf=YYYY-MM-01) shows the dashboard of that day
// (asOf of the API); the past does not change by itself, so only today's view is live and polled.
(async function () {
  'use strict';
  const G = window.OrgGraph;
  await G.ready();

  const QUERY = `query Dashboard($areaId: ID, $allianceId: ID, $asOf: Date) {
    dashboard(areaId: $areaId, allianceId: $allianceId, asOf: $asOf) {
      totals { communities compounds industrialParks units partyOrganizations members alliances serviceCenters
        unitsByKind { kind count } }
      coverage {
        communitiesWithCommittee { covered total rate } compoundsWithBranch { covered total rate }
        unitsReported { covered total rate } membersReported { covered total rate }
        communitiesWithServiceCenter { covered total rate } gridCoverage { covered total rate } }
      funnel { raised matched inProgress done }
      activityByMonth(months: 24) { month activities participations }
      mostConnectedUnits(first: 10) { unit { id name } partners }
      leastConnectedUnits(first: 10) { unit { id name } partners } } }`;
  const TOTALS = ['communities', 'compounds', 'industrialParks', 'units', 'partyOrganizations', 'members', 'alliances',
    'serviceCenters'];
  const COVERAGE = ['communitiesWithCommittee', 'compoundsWithBranch', 'unitsReported', 'membersReported',
    'communitiesWithServiceCenter', 'gridCoverage'];
  const text = {color: '#c9d6e3'};
  const charts = {};
  ['coverage', 'funnel', 'activity', 'kinds'].forEach(id => { charts[id] = echarts.init(document.getElementById(id)); });
  const area = document.getElementById('area');
  const alliance = document.getElementById('allianceFilter');
  const interval = document.getElementById('interval');
  if (G.params.get('interval')) interval.value = G.params.get('interval');
  let timer = null;

  // The slider, as the explorer's: one step per month from January 2018; the last step is today (no asOf).
  const slider = document.getElementById('as-of');
  const asOf = G.asOfSlider(slider, 2018, G.params.get('asOf'));

  function showAsOf() {
    const day = asOf();
    document.getElementById('as-of-date').textContent = day || G.t('dashboard.today');
    document.body.dataset.asOf = day || '';
  }

  function totals(t) {
    const box = document.getElementById('totals');
    box.replaceChildren();
    TOTALS.forEach(k => {
      const v = G.el('div', {'class': 'vital', 'data-key': k});
      v.appendChild(G.el('div', {'class': 'n'}, G.number(t[k])));
      v.appendChild(G.el('div', {'class': 'l'}, G.t('totals.' + k)));
      box.appendChild(v);
    });
  }

  function coverage(c) {
    const names = COVERAGE.map(k => G.t('coverage.' + k));
    charts.coverage.setOption({
      grid: {left: 150, right: 60, top: 10, bottom: 20},
      xAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%', color: text.color}},
      yAxis: {type: 'category', data: names, inverse: true, axisLabel: {color: text.color}},
      tooltip: {formatter: p => names[p.dataIndex] + ': ' + c[COVERAGE[p.dataIndex]].covered + ' / '
        + c[COVERAGE[p.dataIndex]].total},
      series: [{type: 'bar', data: COVERAGE.map(k => c[k].rate === null ? 0 : +(c[k].rate * 100).toFixed(1)),
        label: {show: true, position: 'right', formatter: '{c}%', color: '#ffcf5c'}, itemStyle: {color: '#e4573d'}}]
    });
  }

  function funnel(f) {
    const steps = ['raised', 'matched', 'inProgress', 'done'];
    charts.funnel.setOption({
      tooltip: {trigger: 'item'},
      series: [{type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '20%', gap: 2,
        label: {show: true, position: 'inside', formatter: '{b} {c}', color: '#fff'},
        data: steps.map(s => ({name: G.t('funnel.' + s), value: f[s]}))}]
    });
  }

  function activity(months) {
    charts.activity.setOption({
      grid: {left: 50, right: 50, top: 30, bottom: 30},
      legend: {data: [G.t('activity.activities'), G.t('activity.participations')], textStyle: text},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: months.map(m => m.month), axisLabel: {color: text.color}},
      yAxis: [{type: 'value', axisLabel: {color: text.color}}, {type: 'value', axisLabel: {color: text.color}}],
      series: [
        {name: G.t('activity.activities'), type: 'bar', data: months.map(m => m.activities), itemStyle: {color: '#ffcf5c'}},
        {name: G.t('activity.participations'), type: 'line', yAxisIndex: 1, smooth: true,
          data: months.map(m => m.participations), itemStyle: {color: '#4fc3f7'}}]
    });
  }

  function kinds(list) {
    charts.kinds.setOption({
      tooltip: {trigger: 'item'},
      series: [{type: 'pie', radius: ['35%', '65%'], label: {color: text.color},
        data: list.map(k => ({name: G.t('unitKind.' + k.kind), value: k.count}))}]
    });
  }

  function units(id, list) {
    const table = document.getElementById(id);
    table.replaceChildren();
    list.forEach(u => {
      const row = G.el('tr');
      row.appendChild(G.el('td', {}, u.unit.name));
      row.appendChild(G.el('td', {'class': 'n'}, G.number(u.partners)));
      table.appendChild(row);
    });
  }

  async function refresh() {
    try {
      const data = await G.graphql(QUERY, {areaId: area.value || null, allianceId: alliance.value || null,
        asOf: asOf()});
      const d = data.dashboard;
      totals(d.totals);
      coverage(d.coverage);
      funnel(d.funnel);
      activity(d.activityByMonth);
      kinds(d.totals.unitsByKind);
      units('most', d.mostConnectedUnits);
      units('least', d.leastConnectedUnits);
      document.getElementById('updated').textContent = new Date().toLocaleTimeString(G.lang);
      document.getElementById('error').textContent = '';
      document.body.dataset.loaded = String(Number(document.body.dataset.loaded || 0) + 1);
    } catch (e) {
      document.getElementById('error').textContent = G.t('error') + ': ' + e.message;
    }
  }

  function schedule() {
    if (timer) clearInterval(timer);
    const seconds = Math.max(5, Number(interval.value) || 30);
    timer = setInterval(() => { if (!live.connected && !asOf()) refresh(); }, seconds * 1000);
  }

  // The live refresh: the graphql-sse client (vendor/graphql-sse.min.js, its "distinct connections" mode, which the
  // server speaks on POST /graphql with Accept: text/event-stream; a POST carries the login session's cookie, which
  // EventSource's GET could too but not the subscription document). Each `next` carries one change and its cursor; a
  // burst of changes makes one refresh. The client's own retries would resend the first cursor, so they are off:
  // when the stream ends or breaks, this page subscribes again after a pause with `after:` the last cursor it saw,
  // so no change is missed; a new scope starts anew.
  const LIVE = `subscription Live($areaId: ID, $allianceId: ID, $after: String) {
    changes(areaId: $areaId, allianceId: $allianceId, after: $after) { cursor change { id type } } }`;
  const sse = graphqlSse.createClient({url: '/graphql', credentials: 'same-origin', retryAttempts: 0});
  const live = {connected: false, cursor: null, stop: null, pending: null, generation: 0};

  function liveState(connected) {
    live.connected = connected;
    document.body.dataset.live = connected ? 'on' : 'off';
    document.getElementById('live').style.color = connected ? '#4caf50' : '#6b7a89';
  }

  function changed(item) {
    live.cursor = item.cursor;
    document.body.dataset.changes = String(Number(document.body.dataset.changes || 0) + 1);
    if (live.pending) return;
    live.pending = setTimeout(() => { live.pending = null; refresh(); }, 300);
  }

  function subscribe(generation) {
    const ended = error => {
      if (generation !== live.generation) return;
      liveState(false);
      if (error) {
        const message = error.message || (error.response ? 'HTTP ' + error.response.status : String(error));
        document.getElementById('error').textContent = G.t('error') + ': ' + message;
      }
      setTimeout(() => { if (generation === live.generation) subscribe(generation); }, 3000);
    };
    live.stop = sse.subscribe({query: LIVE, variables: {areaId: area.value || null,
        allianceId: alliance.value || null, after: live.cursor}}, {
      next: message => {
        if (message.errors && message.errors.length) {
          document.getElementById('error').textContent = G.t('error') + ': ' + message.errors[0].message;
        } else if (message.data && message.data.changes) {
          changed(message.data.changes);
        }
      },
      error: ended,
      complete: () => ended(null)
    }, {connected: () => { if (generation === live.generation) liveState(true); }});
  }

  // Today's view follows the changes; a past day's does not (the stream is closed until today is shown again).
  function resubscribe() {
    live.generation += 1;
    live.cursor = null;
    if (live.stop) live.stop();
    if (asOf()) {
      liveState(false);
    } else {
      subscribe(live.generation);
    }
  }

  try {
    const scopes = await G.graphql('{ streets { id name } towns { id name } alliances(first: 100) { nodes { id name } } }');
    [...scopes.streets, ...scopes.towns].forEach(a => area.appendChild(G.el('option', {value: a.id}, a.name)));
    scopes.alliances.nodes.forEach(a => alliance.appendChild(G.el('option', {value: a.id}, a.name)));
    if (G.params.get('area')) area.value = G.params.get('area');
    if (G.params.get('alliance')) alliance.value = G.params.get('alliance');
  } catch (e) {
    document.getElementById('error').textContent = G.t('error') + ': ' + e.message;
  }
  [area, alliance].forEach(s => s.addEventListener('change', () => { refresh(); resubscribe(); }));
  slider.addEventListener('input', showAsOf);
  slider.addEventListener('change', () => { showAsOf(); refresh(); resubscribe(); });
  showAsOf();
  interval.addEventListener('change', schedule);
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
  await refresh();
  schedule();
  resubscribe();
})();
