// Makes every table.sortable sortable by clicking a column header (numbers by value, text by
// Dutch collation). The header cells become buttons, so the keyboard works too. Numbers are
// read as the page's language writes them: 1.234,5 in Dutch, 1,234.5 in English.
(function () {
var english = document.documentElement.lang === 'en';
function number(text) {
  var plain = english ? text.replace(/,/g, '') : text.replace(/\./g, '').replace(',', '.');
  return /^[-+−]?[€ ]*\d/.test(plain) ? parseFloat(plain.replace(/[€ %]/g, '').replace('−', '-')) : NaN;
}
document.querySelectorAll('table.sortable').forEach(function (table) {
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (th, column) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    while (th.firstChild) {
      button.appendChild(th.firstChild); // keeps the header's markup (a variant's name above its measure)
    }
    th.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
        var nx = number(x), ny = number(y);
        var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'nl');
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
    });
  });
});
})();
