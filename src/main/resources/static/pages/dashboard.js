// The big-screen dashboard: polls the GraphQL dashboard query every N seconds (?interval=N, default 30; a live
// subscription will replace the polling), filtered by street/town and alliance (?area=…&alliance=…).
(async function () {
  'use strict';
  const G = window.OrgGraph;
  await G.ready();

  const QUERY = `query Dashboard($areaId: ID, $allianceId: ID) {
    dashboard(areaId: $areaId, allianceId: $allianceId) {
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
      const data = await G.graphql(QUERY, {areaId: area.value || null, allianceId: alliance.value || null});
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
    timer = setInterval(refresh, seconds * 1000);
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
  [area, alliance].forEach(s => s.addEventListener('change', refresh));
  interval.addEventListener('change', schedule);
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
  await refresh();
  schedule();
})();
