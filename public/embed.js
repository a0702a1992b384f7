/*
 * SCO–CICA Atlas host script: resizes every atlas iframe on the page to the height its content reports.
 * Add once per page: <script src="https://YOUR-HOST/PATH/embed.js" async></script>
 */
(function () {
  'use strict';
  if (window.scoCicaAtlasHost) return;
  window.scoCicaAtlasHost = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'sco-cica-atlas' || data.type !== 'height')
      return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 100 || height > 10000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
