// The column chooser of a table: a fieldset.columns[data-table] of checkboxes, each with
// data-column naming the cells (data-col) it shows or hides, without reloading the page.
// Without JavaScript the fieldset stays hidden and the table shows its default columns.
(function () {
document.querySelectorAll('fieldset.columns[data-table]').forEach(function (chooser) {
  var table = document.getElementById(chooser.getAttribute('data-table'));
  if (!table) {
    return;
  }
  function apply(box) {
    table.querySelectorAll('[data-col="' + box.getAttribute('data-column') + '"]').forEach(function (cell) {
      cell.hidden = !box.checked;
    });
  }
  chooser.querySelectorAll('input[type=checkbox][data-column]').forEach(function (box) {
    apply(box); // a browser may restore a box's state when the reader comes back
    box.addEventListener('change', function () { apply(box); });
  });
  chooser.hidden = false;
});
})();
