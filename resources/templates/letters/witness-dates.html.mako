## One language version of the letter; a bilingual letter is the Welsh then the English, each from a new page.
<%def name="letter(t, data)">
<div class="letter" lang="${t['lang']}">
  <p class="unit">${t['force_names'].get(data['urn'][:2], data['force']) | h} — ${t['unit'] | h}</p>
  <p class="date">${t['date_label'] | h}: ${data['dates'][t['lang']] | h}</p>
  <h1>${t['heading'] | h}</h1>
  <p>${t['dear'] | h} ${data['name'] | h},</p>
  <p class="case">${t['case_label'] | h}: ${data['urn'] | h} — ${data['title'] | h}</p>
  <p>${t['intro'] | h}</p>
  <h2>${t['details'] | h}</h2>
  <table>
    <tr><th>${t['name'] | h}</th><td>${data['name'] | h}</td></tr>
    <tr><th>${t['address'] | h}</th><td>${data['address'] or t['not_held'] | h}</td></tr>
    <tr><th>${t['phone'] | h}</th><td>${data['phone'] or t['not_held'] | h}</td></tr>
    <tr><th>${t['language'] | h}</th><td>${t['language_values'][data['language']] | h}</td></tr>
  </table>
  <h2>${t['dates'] | h}</h2>
  % if data['avoid']:
  <ul>
    % for start, end, reason in data['avoid']:
    <li>${start[t['lang']] | h}${(' ' + t['to'] + ' ' + end[t['lang']]) if end else '' | h}${(' — ' + reason) if reason else '' | h}</li>
    % endfor
  </ul>
  % elif data['none_to_avoid']:
  <p>${t['no_dates'] | h}</p>
  % else:
  <p>${t['unknown_dates'] | h}</p>
  % endif
  <p>${t['contact'].replace('%1', data['officer']).replace('%2', data['reference']) | h}</p>
  <p>${t['closing'] | h}</p>
  <p>${t['unit'] | h}</p>
</div>
</%def>
<html><body>
${letter(t, data)}
</body></html>
