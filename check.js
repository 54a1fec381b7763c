// Runs before the app, as a plain script in the oldest syntax (ES5), so that a browser that
// cannot run the app — no WebAssembly, no JavaScript modules (IE and "compatibility mode"), or
// a WebAssembly without the features the build uses — shows why and what to do, in both
// languages, instead of a blank page. An external file: it runs under the strict
// Content-Security-Policy too. loader.js calls quotaPlannerUnsupported('features') when the
// browser refuses to compile the app.
(function () {
  'use strict';
  // Chromium's version floor of the build's WebAssembly features (docs/hosting.md).
  var CHROMIUM = 96;
  var FIREFOX = 79;
  var REASONS = {
    wasm: ['不支持 WebAssembly', 'it does not support WebAssembly'],
    modules: ['不支持 JavaScript 模块', 'it does not support JavaScript modules'],
    features: ['它的 WebAssembly 版本过旧，缺少本工具需要的功能', 'its WebAssembly is too old for the features this tool needs']
  };
  var shown = false;

  function paragraph(parent, text, lang) {
    var p = document.createElement('p');
    p.setAttribute('lang', lang);
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
  }

  function show(reason) {
    if (shown) return;
    shown = true;
    var why = REASONS[reason] || REASONS.features;
    var box = document.createElement('div');
    box.className = 'unsupported';
    box.setAttribute('role', 'alert');
    var heading = document.createElement('h1');
    heading.appendChild(document.createTextNode('指标分解与完成模拟 · Quota Planner'));
    box.appendChild(heading);
    paragraph(box, '您的浏览器无法运行本工具：' + why[0] + '。', 'zh-CN');
    paragraph(box, '如果您使用 360 安全浏览器、奇安信可信浏览器、搜狗或 QQ 浏览器等双核浏览器，请点击地址栏右侧的闪电或“e”图标，切换到“极速模式”，然后刷新本页。' +
      '也可以使用 Chrome、Edge、Chromium 或统信 UOS、麒麟系统自带的浏览器 ' + CHROMIUM + ' 及以上版本，或 Firefox ' + FIREFOX + ' 及以上版本。', 'zh-CN');
    paragraph(box, 'Your browser cannot run this tool: ' + why[1] + '.', 'en');
    paragraph(box, 'In a dual-engine browser (360 Secure Browser, Qi-AnXin Trusted Browser, Sogou, QQ Browser), click the lightning or "e" icon at the right of the address bar to switch to 极速模式 (high-speed mode), then reload this page. ' +
      'Or use Chrome, Edge, Chromium or the browser of UOS or Kylin at version ' + CHROMIUM + ' or later, or Firefox ' + FIREFOX + ' or later.', 'en');
    var place = function () {
      document.body.insertBefore(box, document.body.firstChild);
    };
    if (document.body) {
      place();
    } else {
      document.addEventListener('DOMContentLoaded', place);
    }
  }

  window.quotaPlannerUnsupported = show;
  var script = document.createElement('script');
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    show('wasm');
  } else if (!('noModule' in script)) {
    show('modules');
  }
})();
