// The landing page's vital numbers: the whole city's dashboard totals.
(async function () {
  'use strict';
  const G = window.OrgGraph;
  await G.ready();
  const keys = ['communities', 'compounds', 'industrialParks', 'units', 'partyOrganizations', 'members', 'alliances',
    'serviceCenters'];
  try {
    const data = await G.graphql('{ dashboard { totals { ' + keys.join(' ') + ' } } }');
    const box = document.getElementById('vitals');
    keys.forEach(k => {
      const v = G.el('div', {'class': 'vital', 'data-key': k});
      v.appendChild(G.el('div', {'class': 'n'}, G.number(data.dashboard.totals[k])));
      v.appendChild(G.el('div', {'class': 'l'}, G.t('totals.' + k)));
      box.appendChild(v);
    });
    box.dataset.loaded = 'true';
  } catch (e) {
    document.getElementById('error').textContent = G.t('error') + ': ' + e.message;
  }
})();
