// Intisari web page: citations on demand, error reports, timeline chart focus.
// Served from /assets (Content-Security-Policy: script-src 'self'); builds DOM with textContent only.
(function () {
  'use strict';

  function toggle(button, target) {
    var open = target.hidden;
    target.hidden = !open;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    return open;
  }

  // "Lihat sumber": show or hide a key point's citations.
  document.querySelectorAll('.toggle-citations, .report-open').forEach(function (button) {
    button.addEventListener('click', function () {
      var target = document.getElementById(button.getAttribute('aria-controls'));
      if (target && toggle(button, target)) {
        var first = target.querySelector('select, a');
        if (first && button.classList.contains('report-open')) {
          first.focus();
        }
      }
    });
  });

  // A citation: the cited article fetched from its page (already escaped by the server), the cited
  // sentence highlighted and scrolled into view inside the panel.
  document.querySelectorAll('a.citation').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var panel = link.parentElement.querySelector('.cited-article');
      if (!panel) {
        return;
      }
      event.preventDefault();
      if (!panel.hidden) {
        panel.hidden = true;
        link.setAttribute('aria-expanded', 'false');
        return;
      }
      panel.hidden = false;
      link.setAttribute('aria-expanded', 'true');
      if (panel.dataset.loaded === 'true') {
        reveal(panel);
        return;
      }
      panel.textContent = 'Memuat artikel…';
      fetch(link.getAttribute('href'), {headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var text = doc.querySelector('.article-text');
          var heading = doc.querySelector('article h1');
          panel.textContent = '';
          if (heading) {
            var title = document.createElement('p');
            title.className = 'cited-title';
            title.textContent = heading.textContent;
            panel.appendChild(title);
          }
          if (text) {
            text.querySelectorAll('[id]').forEach(function (el) {
              el.removeAttribute('id');
            });
            panel.appendChild(document.importNode(text, true));
          }
          var full = document.createElement('a');
          full.href = link.getAttribute('href');
          full.textContent = 'Buka artikel lengkap';
          full.className = 'open-article';
          panel.appendChild(full);
          panel.dataset.loaded = 'true';
          reveal(panel);
        })
        .catch(function () {
          panel.textContent = 'Artikel tidak dapat dimuat.';
        });
    });
  });

  function reveal(panel) {
    var mark = panel.querySelector('mark.cited');
    var box = panel.querySelector('.article-text');
    if (mark && box) {
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 24);
    }
  }

  // "Laporkan kesalahan": POST /api/reports, then show the new count.
  document.querySelectorAll('form.report-form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var status = form.querySelector('.report-status');
      var button = form.querySelector('button[type=submit]');
      var comment = form.elements.comment.value.trim();
      var body = {story: form.dataset.story, key_point: form.dataset.keyPoint, reason: form.elements.reason.value};
      if (comment) {
        body.comment = comment;
      }
      button.disabled = true;
      status.textContent = 'Mengirim…';
      fetch('/api/reports', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        credentials: 'same-origin',
        body: JSON.stringify(body)
      }).then(function (response) {
        return response.json().then(function (data) {
          return {ok: response.ok, status: response.status, data: data};
        });
      }).then(function (r) {
        if (!r.ok) {
          status.textContent = r.status === 429 ? 'Terlalu banyak laporan. Coba lagi sebentar lagi.'
            : 'Laporan gagal dikirim.';
          return;
        }
        var point = form.closest('.key-point');
        var count = point && point.querySelector('.report-count');
        if (count && typeof r.data.count === 'number') {
          count.dataset.count = String(r.data.count);
          count.textContent = r.data.count + ' laporan kesalahan';
        }
        status.textContent = 'Terima kasih, laporan Anda tercatat.';
        form.elements.comment.value = '';
      }).catch(function () {
        status.textContent = 'Laporan gagal dikirim.';
      }).then(function () {
        button.disabled = false;
      });
    });
  });

  // Timeline chart: a bar marks its date in the list below.
  document.querySelectorAll('.timeline-chart .bar-link').forEach(function (bar) {
    bar.addEventListener('click', function () {
      var date = bar.getAttribute('data-date');
      document.querySelectorAll('.timeline-day').forEach(function (day) {
        day.classList.toggle('active', day.getAttribute('data-date') === date);
      });
      document.querySelectorAll('.timeline-chart .bar-link').forEach(function (other) {
        other.classList.toggle('active', other === bar);
      });
    });
  });
}());
