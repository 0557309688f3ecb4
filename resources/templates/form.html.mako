## One MG form as HTML for PyMuPDF's Story. Page furniture (URN, marking, banding, page numbers) is stamped on
## each page afterwards by casebridge.forms.render, so it appears on every page however the text flows.
<%page args="doc"/>
<h1>${doc.code} <span class="title">${doc.title | h}</span></h1>
% if doc.subject:
<p class="subject">${doc.subject | h}</p>
% endif
% if doc.note:
<p class="note">${doc.note | h}</p>
% endif
% for block in doc.blocks:
  % if block.heading:
<h2>${block.heading | h}</h2>
  % endif
  % if block.rows:
<table class="fields">
    % for label, value in block.rows:
  <tr><th>${label | h}</th><td>${(value or "") | h}</td></tr>
    % endfor
</table>
  % endif
  % for paragraph in block.paragraphs:
<p>${paragraph | h}</p>
  % endfor
  % if block.columns:
    % if block.table:
<table class="grid">
  <tr>
      % for column in block.columns:
    <th>${column | h}</th>
      % endfor
  </tr>
      % for row in block.table:
  <tr>
        % for cell in row:
    <td>${(cell or "") | h}</td>
        % endfor
  </tr>
      % endfor
</table>
    % else:
<p class="empty">${block.empty_text | h}</p>
    % endif
  % endif
% endfor
