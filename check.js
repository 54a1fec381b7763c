// Runs before the app, as a plain script in the oldest syntax (ES5), so that a browser that
// cannot run the app shows why and what to do, in both languages, instead of a blank page. It
// tells four cases apart:
//   ie       no WebAssembly and no JavaScript modules: IE, or a dual-engine browser (360, QQ,
//            搜狗, 奇安信) in its compatibility ("兼容") mode;
//   off      a modern engine whose WebAssembly is switched off (Edge's enhanced security mode,
//            a JIT-off policy such as DefaultJavaScriptJitSetting);
//   modules  WebAssembly but no JavaScript modules;
//   features WebAssembly without a feature the build uses (an engine older than the floor).
// The floor is the build's feature list (.cargo/config.toml); `make test` checks (scripts/
// floor.mjs) that the versions and the probes below match it, and that each probe is refused
// by a WebAssembly without its feature. An external file: it runs under the strict
// Content-Security-Policy too. loader.js starts the app only when nothing here said no, and
// calls quotaPlannerUnsupported('features') when the browser refuses to compile the app.
(function () {
  'use strict';
  // The oldest engines that have every feature the build uses (scripts/floor.mjs).
  var CHROMIUM = 75;
  var FIREFOX = 79;
  // One tiny module per feature of the build, each using one instruction of that feature; an
  // engine without it refuses the module (WebAssembly.validate, synchronous, nothing fetched).
  var HEADER = [0, 97, 115, 109, 1, 0, 0, 0];
  var VOID_FUNCTION = [1, 4, 1, 96, 0, 0, 3, 2, 1, 0];
  var PROBES = {
    'mutable-globals': [2, 8, 1, 1, 97, 1, 98, 3, 127, 1],
    'sign-ext': VOID_FUNCTION.concat([10, 8, 1, 6, 0, 65, 0, 192, 26, 11]),
    'nontrapping-fptoint': VOID_FUNCTION.concat([10, 12, 1, 10, 0, 67, 0, 0, 0, 0, 252, 0, 26, 11]),
    'bulk-memory': VOID_FUNCTION.concat([5, 3, 1, 0, 1, 10, 13, 1, 11, 0, 65, 0, 65, 0, 65, 0, 252, 11, 0, 11])
  };
  var REASONS = {
    ie: {
      zh: ['不支持 WebAssembly 和 JavaScript 模块（IE 内核或“兼容模式”）',
        '如果您使用 360 安全浏览器、奇安信可信浏览器、搜狗或 QQ 浏览器等双核浏览器，请点击地址栏右侧的闪电或“e”图标，切换到“极速模式”，然后刷新本页。' +
        '也可以使用 Chrome、Edge、Chromium 或统信 UOS、麒麟系统自带的浏览器 ' + CHROMIUM + ' 及以上版本，或 Firefox ' + FIREFOX + ' 及以上版本。'],
      en: ['it supports neither WebAssembly nor JavaScript modules (an IE engine, or "compatibility mode")',
        'In a dual-engine browser (360 Secure Browser, Qi-AnXin Trusted Browser, Sogou, QQ Browser), click the lightning or "e" icon at the right of the address bar to switch to 极速模式 (high-speed mode), then reload this page. ' +
        'Or use Chrome, Edge, Chromium or the browser of UOS or Kylin at version ' + CHROMIUM + ' or later, or Firefox ' + FIREFOX + ' or later.']
    },
    off: {
      zh: ['WebAssembly 已被关闭（例如 Edge 的“增强安全性”模式，或单位策略关闭了 JavaScript 优化/JIT）',
        '在 Edge 中，可在“设置 → 隐私、搜索和服务 → 增强 Web 安全性”中把本网站加入“例外”，然后刷新本页。' +
        '如果这是单位统一设置的策略，请联系信息中心为本网站允许 JavaScript JIT（策略 JavaScriptJitAllowedForSites）。'],
      en: ['WebAssembly is switched off (for example by Edge\'s enhanced security mode, or by a policy that turns JavaScript optimisation/JIT off)',
        'In Edge, add this site to the exceptions under Settings → Privacy, search and services → Enhance your security on the web, then reload this page. ' +
        'If your organisation set this by policy, ask the IT department to allow JavaScript JIT for this site (policy JavaScriptJitAllowedForSites).']
    },
    modules: {
      zh: ['不支持 JavaScript 模块，浏览器版本过旧',
        '请把浏览器升级到 Chromium ' + CHROMIUM + ' 及以上内核（360 极速浏览器 13 及以上；Chrome、Edge、统信 UOS 或麒麟系统自带浏览器的新版本），或 Firefox ' + FIREFOX + ' 及以上版本。'],
      en: ['it does not support JavaScript modules: the browser is too old',
        'Update the browser to one with a Chromium ' + CHROMIUM + ' or later engine (360 Speed Browser 13 or later; a current Chrome, Edge, or the browser of UOS or Kylin), or Firefox ' + FIREFOX + ' or later.']
    },
    features: {
      zh: ['它的 WebAssembly 版本过旧，缺少本工具需要的功能',
        '本工具需要 Chromium ' + CHROMIUM + ' 及以上内核，或 Firefox ' + FIREFOX + ' 及以上版本。已在“极速模式”下也是如此：切换模式没有帮助，需要升级浏览器（如 360 极速浏览器 13 及以上，或 Chrome、Edge、统信 UOS、麒麟系统自带浏览器的新版本）。' +
        '内核版本可在地址栏输入 chrome://version 查看。'],
      en: ['its WebAssembly is too old for the features this tool needs',
        'This tool needs a Chromium ' + CHROMIUM + ' or later engine, or Firefox ' + FIREFOX + ' or later. This holds in 极速模式 (high-speed mode) too: switching modes does not help; update the browser (for example to 360 Speed Browser 13 or later, or a current Chrome, Edge, or the browser of UOS or Kylin). ' +
        'Type chrome://version in the address bar to see the engine\'s version.']
    }
  };
  var shown = null;

  function paragraph(parent, text, lang) {
    var p = document.createElement('p');
    p.setAttribute('lang', lang);
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
  }

  function show(reason, missing) {
    if (shown) return;
    var why = REASONS[reason] || REASONS.features;
    shown = REASONS[reason] ? reason : 'features';
    document.documentElement.setAttribute('data-unsupported', shown);
    var box = document.createElement('div');
    box.className = 'unsupported';
    box.setAttribute('role', 'alert');
    var heading = document.createElement('h1');
    heading.appendChild(document.createTextNode('指标分解与完成模拟 · Quota Planner'));
    box.appendChild(heading);
    var lacking = missing && missing.length ? missing.join(', ') : '';
    paragraph(box, '您的浏览器无法运行本工具：' + why.zh[0] + '。' + (lacking ? '缺少：' + lacking + '。' : ''), 'zh-CN');
    paragraph(box, why.zh[1], 'zh-CN');
    paragraph(box, 'Your browser cannot run this tool: ' + why.en[0] + '.' + (lacking ? ' Missing: ' + lacking + '.' : ''), 'en');
    paragraph(box, why.en[1], 'en');
    var place = function () {
      document.body.insertBefore(box, document.body.firstChild);
    };
    if (document.body) {
      place();
    } else {
      document.addEventListener('DOMContentLoaded', place);
    }
  }

  function missingFeatures() {
    var missing = [];
    for (var name in PROBES) {
      if (!Object.prototype.hasOwnProperty.call(PROBES, name)) continue;
      var ok = false;
      try {
        ok = WebAssembly.validate(new Uint8Array(HEADER.concat(PROBES[name])));
      } catch (e) {
        ok = false;
      }
      if (!ok) missing.push(name);
    }
    return missing;
  }

  window.quotaPlannerUnsupported = show;
  window.quotaPlannerBlocked = function () { return shown; };
  var modules = 'noModule' in document.createElement('script');
  var wasm = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function' &&
    typeof WebAssembly.validate === 'function';
  if (!wasm) {
    show(modules ? 'off' : 'ie');
  } else if (!modules) {
    show('modules');
  } else {
    var missing = missingFeatures();
    if (missing.length) show('features', missing);
  }
})();
