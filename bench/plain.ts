const button = document.getElementById('plain-toggle')!;
const count = document.getElementById('plain-count')!;
let n = 0;
button.addEventListener('click', () => {
  n += 1;
  count.textContent = String(n);
  button.setAttribute('aria-pressed', String(n % 2 === 1));
});
