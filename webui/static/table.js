// Sort a results table by clicking a header; filter its rows by typing.
document.querySelectorAll('table.results th').forEach((th) => {
  th.addEventListener('click', () => {
    const table = th.closest('table');
    const i = Number(th.dataset.col ?? [...th.parentNode.children].indexOf(th));
    const rows = [...table.tBodies[0].rows];
    const dir = th.dataset.dir === 'asc' ? -1 : 1;
    th.dataset.dir = dir === 1 ? 'asc' : 'desc';
    rows.sort((a, b) => a.cells[i].innerText.localeCompare(b.cells[i].innerText, 'vi', { numeric: true }) * dir);
    rows.forEach((r) => table.tBodies[0].appendChild(r));
  });
});
document.querySelectorAll('input.filter').forEach((input) => {
  input.addEventListener('input', () => {
    const needle = input.value.toLowerCase();
    document.querySelectorAll(`#${input.dataset.table} tbody tr`).forEach((tr) => {
      tr.style.display = tr.innerText.toLowerCase().includes(needle) ? '' : 'none';
    });
  });
});
