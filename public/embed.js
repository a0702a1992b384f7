/*
 * SCO–CICA Atlas host script: resizes each atlas iframe on the page to the height its content reports.
 * Add once per page: <script src="https://YOUR-HOST/PATH/embed.js" async></script>
 *
 * Only iframes whose src is on the atlas's origin are resized, and only by a message that the iframe's own window
 * sent from that origin (or from the opaque origin "null" of an iframe sandboxed without allow-same-origin).
 * The atlas's origin is the origin this script was loaded from; to pin it (e.g. when the script is copied to the
 * host's own server), add data-atlas-origin="https://YOUR-HOST" to the script tag.
 * Heights are whole numbers of CSS pixels from 100 to 10000; anything else is ignored.
 */
(function () {
  'use strict';
  if (window.scoCicaAtlasHost) return;
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 10000;
  var script = document.currentScript;
  var atlasOrigin = null;
  try {
    atlasOrigin = new URL(
      (script && script.getAttribute('data-atlas-origin')) || (script && script.src) || '',
      document.baseURI,
    ).origin;
  } catch {
    atlasOrigin = null;
  }
  // Without a known origin (inline copy, unparsable pin) the script resizes nothing rather than everything.
  if (!atlasOrigin || atlasOrigin === 'null') return;
  window.scoCicaAtlasHost = true;

  function srcOrigin(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function isOpaque(frame) {
    return (
      frame.hasAttribute('sandbox') && !/(^|\s)allow-same-origin(\s|$)/.test(frame.getAttribute('sandbox'))
    );
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== atlasOrigin && event.origin !== 'null') return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'sco-cica-atlas' || data.type !== 'height')
      return;
    var height = data.height;
    if (typeof height !== 'number' || !Number.isInteger(height)) return;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (srcOrigin(frame) !== atlasOrigin) return;
      if (event.origin === 'null' && !isOpaque(frame)) return;
      frame.style.height = height + 'px';
      return;
    }
  });
})();
