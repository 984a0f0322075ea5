// The explorer: search (GraphQL search, pinyin too), a node's neighbourhood drawn with ECharts' force layout,
// expand on click, an alliance's cross-unit links (width by weight, colour by the heaviest kind of evidence) with its
// gaps highlighted (allianceHealth), and a side panel with the selected node's properties and evidence paths. The
// "as of" slider (months from 2018 to today) redraws what is shown as it was on that day: the neighbourhood with the
// relationships in force then, the alliance with its members of then and their links (asOf of the API).
(async function () {
  'use strict';
  const G = window.OrgGraph;
  await G.ready();

  const KIND_COLORS = {SHARED_PERSON: '#5470c6', DUAL_REPORTING: '#c0392b', PROJECT_FOR_NEED: '#91cc75',
    RESOURCE_USED: '#fac858', JOINT_ACTIVITY: '#73c0de', SUMMONS_ANSWERED: '#9a60b4'};
  const LABELS = ['City', 'Street', 'Town', 'Village', 'Community', 'ResidentialCompound', 'Building', 'IndustrialPark',
    'Grid', 'Unit', 'PartyOrganization', 'Alliance', 'ServiceCenter', 'VanguardTeam', 'Person', 'Need', 'Resource',
    'Project', 'Activity', 'Summons', 'ChangeEvent', 'DutyListItem'];
  // One colour per label, none repeated (the default palette repeats after nine).
  const PALETTE = ['#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#4fa3d9', '#2ca02c', '#98df8a', '#ff7f0e', '#17becf',
    '#3b5bdb', '#d62728', '#f5c242', '#9467bd', '#c49c94', '#66bb6a', '#ff9896', '#aec7e8', '#ffbb78', '#5470c6',
    '#dbdb8d', '#c5b0d5', '#9edae5'];
  const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $limit: Int, $asOf: Date) {
    neighborhood(id: $id, depth: 1, limit: $limit, asOf: $asOf) {
      truncated nodes { id label name properties { key value } } edges { id type source target } } }`;
  const ALLIANCE = `query AllianceLinks($id: ID!, $asOf: Date) {
    alliance(id: $id, asOf: $asOf) { id name
      members { role organization { id name __typename } }
      crossUnitLinks(first: 100) { totalCount edges { node {
        source { id } target { id } weight kinds kindCounts { kind count } evidence(first: 3) { kind description } } } } } }`;
  // The gaps of the slider's day (allianceHealth with asOf): asked once per alliance and day.
  const HEALTH = `query AllianceGaps($id: ID!, $asOf: Date) {
    allianceHealth(allianceId: $id, first: 100, asOf: $asOf) {
      isolatedMembers { totalCount nodes { id } }
      unitsNeverReported { totalCount nodes { id } }
      compoundsWithoutBranch { totalCount nodes { id ... on ResidentialCompound { name } } }
      communitiesWithoutServiceCenter { totalCount nodes { id ... on Community { name } } }
      unmetNeeds { totalCount nodes { id ... on Need { name } } } } }`;
  const FIRST_YEAR = 2018;

  const container = document.getElementById('graph');
  const chart = echarts.init(container);
  const nodes = new Map();
  const edges = new Map();
  let gapIds = new Set();
  let selected = null;
  let center = null;
  // What is drawn, to redraw it for another day: the nodes expanded (the center first), or the alliance shown.
  let expanded = [];
  let allianceShown = null;
  let health = null;
  const PATHS = `query Paths($from: ID!, $to: ID!) {
    shortestPaths(from: $from, to: $to, maxHops: 4, first: 3) {
      paths { nodes { id name } relationships { type source target } } } }`;

  function showError(e) {
    document.getElementById('error').textContent = G.t('error') + ': ' + e.message;
  }

  function addNode(n) {
    const known = nodes.get(n.id);
    if (known) {
      if (n.properties && !known.properties) known.properties = n.properties;
      return;
    }
    nodes.set(n.id, {id: n.id, label: n.label || n.__typename, name: n.name || n.id, properties: n.properties || null});
  }

  function draw() {
    const degree = new Map();
    edges.forEach(e => {
      degree.set(e.source, (degree.get(e.source) || 0) + 1);
      degree.set(e.target, (degree.get(e.target) || 0) + 1);
    });
    const data = Array.from(nodes.values()).map(n => {
      const gap = gapIds.has(n.id);
      const d = degree.get(n.id) || 0;
      return {
        id: n.id, name: n.name, category: Math.max(0, LABELS.indexOf(n.label)),
        symbolSize: Math.min(40, 8 + 3 * Math.sqrt(d)) + (n.id === selected ? 6 : 0),
        itemStyle: gap ? {borderColor: '#e00', borderWidth: 3, shadowBlur: 8, shadowColor: '#e00'} : undefined,
        label: {show: nodes.size <= 60 || d >= 4 || n.id === selected}
      };
    });
    const links = Array.from(edges.values()).map(e => ({
      source: e.source, target: e.target, id: e.id,
      lineStyle: {width: e.width || 1, color: e.color || '#aab', opacity: 0.6, curveness: 0.05}
    }));
    chart.setOption({
      tooltip: {formatter: p => p.dataType === 'edge' ? (edges.get(p.data.id) || {}).title || '' : p.data.name},
      legend: [{data: LABELS.filter(l => Array.from(nodes.values()).some(n => n.label === l)), top: 0, type: 'scroll'}],
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, animation: nodes.size < 200,
        categories: LABELS.map((l, i) => ({name: l, itemStyle: {color: PALETTE[i]}})),
        data: data, links: links,
        labelLayout: {hideOverlap: true},
        label: {position: 'right', fontSize: 11},
        emphasis: {focus: 'adjacency'},
        force: {repulsion: nodes.size > 150 ? 60 : 140, edgeLength: nodes.size > 150 ? [20, 60] : [40, 120],
          gravity: nodes.size > 150 ? 0.2 : 0.08, friction: 0.2}
      }]
    }, true);
    container.dataset.nodeCount = String(nodes.size);
    container.dataset.edgeCount = String(edges.size);
    document.getElementById('counts').textContent = nodes.size + ' ' + G.t('explore.nodes') + ', '
      + edges.size + ' ' + G.t('explore.edges');
  }

  // The slider: one step per month from January 2018, the last step is today (no asOf: the network as it is now).
  const slider = document.getElementById('as-of');
  const asOf = G.asOfSlider(slider, FIRST_YEAR, null);

  function showAsOf() {
    const day = asOf();
    document.getElementById('as-of-date').textContent = day || G.t('explore.today');
    container.dataset.asOf = day || '';
  }

  async function neighbourhood(id, limit) {
    const data = await G.graphql(NEIGHBOURHOOD, {id: id, limit: limit, asOf: asOf()});
    data.neighborhood.nodes.forEach(addNode);
    data.neighborhood.edges.forEach(e => {
      if (!edges.has(e.id)) edges.set(e.id, {id: e.id, source: e.source, target: e.target, title: e.type});
    });
  }

  async function start(id) {
    nodes.clear();
    edges.clear();
    gapIds = new Set();
    selected = id;
    center = id;
    expanded = [id];
    allianceShown = null;
    await neighbourhood(id, 150);
    draw();
    select(id);
  }

  function select(id) {
    selected = id;
    const n = nodes.get(id);
    if (!n) return;
    document.getElementById('selected-name').textContent = n.name;
    document.getElementById('selected-label').textContent = n.label + ' · ' + n.id;
    const table = document.getElementById('properties');
    table.replaceChildren();
    (n.properties || []).forEach(p => {
      const row = G.el('tr');
      row.appendChild(G.el('td', {}, p.key));
      row.appendChild(G.el('td', {}, p.value));
      table.appendChild(row);
    });
    const list = document.getElementById('evidence');
    list.replaceChildren();
    edges.forEach(e => {
      if ((e.source === id || e.target === id) && e.evidence) {
        e.evidence.forEach(ev => list.appendChild(G.el('li', {}, G.t('kind.' + ev.kind) + ': ' + ev.description)));
      }
    });
    if (center && id !== center) pathsFromCenter(id, list).catch(showError);
  }

  // How the selected node is reached from the node searched for: the shortest paths, in words.
  async function pathsFromCenter(id, list) {
    const data = await G.graphql(PATHS, {from: center, to: id});
    if (selected !== id) return;
    data.shortestPaths.paths.forEach(path => {
      const words = [path.nodes[0].name || path.nodes[0].id];
      path.relationships.forEach((r, i) => {
        const forward = r.source === path.nodes[i].id;
        words.push(forward ? ' -' + r.type + '-> ' : ' <-' + r.type + '- ');
        words.push(path.nodes[i + 1].name || path.nodes[i + 1].id);
      });
      list.appendChild(G.el('li', {'data-path': 'true'}, words.join('')));
    });
  }

  chart.on('click', async params => {
    try {
      if (params.dataType === 'node') {
        const id = params.data.id;
        await neighbourhood(id, 40);
        if (!expanded.includes(id)) expanded.push(id);
        selected = id;
        draw();
        select(id);
      } else if (params.dataType === 'edge') {
        const e = edges.get(params.data.id);
        const list = document.getElementById('evidence');
        list.replaceChildren();
        (e && e.evidence || []).forEach(ev => list.appendChild(G.el('li', {}, G.t('kind.' + ev.kind) + ': ' + ev.description)));
      }
    } catch (e) {
      showError(e);
    }
  });

  async function showAlliance(id) {
    const [data, gaps] = await Promise.all([G.graphql(ALLIANCE, {id: id, asOf: asOf()}),
      health && health.alliance === id && health.asOf === asOf() ? Promise.resolve(health)
        : G.graphql(HEALTH, {id: id, asOf: asOf()}).then(d => ({alliance: id, asOf: asOf(), data: d.allianceHealth}))]);
    health = gaps;
    allianceShown = id;
    expanded = [];
    nodes.clear();
    edges.clear();
    if (!data.alliance) {
      // Not founded yet on that day: nothing to draw.
      draw();
      document.getElementById('selected-name').textContent = G.t('explore.noResults');
      return;
    }
    document.getElementById('properties').replaceChildren();
    document.getElementById('evidence').replaceChildren();
    data.alliance.members.forEach(m => addNode(m.organization));
    const heaviestWeight = Math.max(2, ...data.alliance.crossUnitLinks.edges.map(e => e.node.weight));
    data.alliance.crossUnitLinks.edges.forEach(({node: link}) => {
      const heaviest = link.kindCounts.reduce((a, b) => (b.count > a.count ? b : a), link.kindCounts[0]);
      edges.set(link.source.id + '~' + link.target.id, {
        id: link.source.id + '~' + link.target.id, source: link.source.id, target: link.target.id,
        // Width by weight, on a log scale relative to the heaviest link (weights run from 1 to hundreds).
        width: 0.5 + 7 * Math.log(link.weight) / Math.log(heaviestWeight), color: KIND_COLORS[heaviest.kind],
        title: link.kinds.map(k => G.t('kind.' + k)).join(', ') + ' · ' + link.weight, evidence: link.evidence
      });
    });
    const found = gaps.data;
    gapIds = new Set([...found.isolatedMembers.nodes, ...found.unitsNeverReported.nodes].map(n => n.id));
    const list = document.getElementById('gaps');
    list.replaceChildren();
    ['isolatedMembers', 'unitsNeverReported', 'compoundsWithoutBranch', 'communitiesWithoutServiceCenter', 'unmetNeeds']
      .forEach(k => {
        const gap = found[k];
        const p = G.el('div', {'data-gap': k}, G.t('gap.' + k) + ': ' + gap.totalCount);
        const names = gap.nodes.filter(n => n.name || nodes.has(n.id)).slice(0, 8)
          .map(n => n.name || nodes.get(n.id).name);
        if (names.length) p.appendChild(G.el('div', {'class': 'muted'}, names.join('、')));
        list.appendChild(p);
      });
    selected = null;
    center = null;
    draw();
    document.getElementById('selected-name').textContent = data.alliance.name;
    document.getElementById('selected-label').textContent = data.alliance.id + ' · '
      + data.alliance.crossUnitLinks.totalCount + ' ' + G.t('explore.edges');
  }

  document.getElementById('search-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    const text = document.getElementById('search').value.trim();
    const results = document.getElementById('results');
    results.replaceChildren();
    if (!text) return;
    try {
      const data = await G.graphql('query Search($t: String!) { search(text: $t, first: 10) { label name node { id } } }',
        {t: text});
      if (!data.search.length) results.appendChild(G.el('span', {'class': 'muted'}, G.t('explore.noResults')));
      data.search.forEach(hit => {
        const b = G.el('button', {type: 'button', 'data-id': hit.node.id}, hit.name || hit.node.id);
        b.appendChild(G.el('small', {}, hit.label));
        b.addEventListener('click', () => start(hit.node.id).catch(showError));
        results.appendChild(b);
      });
      if (data.search.length) await start(data.search[0].node.id);
    } catch (e) {
      showError(e);
    }
  });

  // Redraws what is shown for the slider's day: the alliance, or the center and every node expanded since.
  async function redraw() {
    if (allianceShown) {
      await showAlliance(allianceShown);
    } else if (expanded.length) {
      const again = expanded.slice(1);
      const keep = selected;
      await start(expanded[0]);
      for (const id of again) {
        await neighbourhood(id, 40);
        expanded.push(id);
      }
      draw();
      if (keep && nodes.has(keep)) select(keep);
    }
  }

  slider.addEventListener('input', showAsOf);
  slider.addEventListener('change', () => {
    showAsOf();
    redraw().catch(showError);
  });
  showAsOf();

  document.getElementById('alliance').addEventListener('change', ev => {
    if (ev.target.value) showAlliance(ev.target.value).catch(showError);
  });

  try {
    const data = await G.graphql('{ alliances(first: 100) { nodes { id name } } }');
    const select = document.getElementById('alliance');
    data.alliances.nodes.forEach(a => select.appendChild(G.el('option', {value: a.id}, a.name)));
  } catch (e) {
    showError(e);
  }
  window.addEventListener('resize', () => chart.resize());
  const start0 = G.params.get('id');
  if (start0) start(start0).catch(showError);
  document.body.dataset.ready = 'true';
})();
