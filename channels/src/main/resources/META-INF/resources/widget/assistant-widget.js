/*
 * Longhua assistant chat widget. Add it to any page with one script tag:
 *   <script src="https://<assistant host>/widget/assistant-widget.js" defer></script>
 * and optionally, before it, a configuration object:
 *   <script>window.LonghuaAssistant = {lang: "en", position: "left", color: "#00558c", server: "wss://host"};</script>
 * Everything shown from answers is set as text, never as HTML: staff content or a question cannot inject
 * markup. Protocol: docs/protocol.md.
 *
 * The hall kiosk runs the same script with {mode: "kiosk"}: full screen, large type, topic tiles, phrase keys,
 * a QR code on each answer to continue on a phone, and an idle wipe ({idleSeconds}) that also ends the session on
 * the server. The phone page runs it with {sessionFromUrl: true, openOnLoad: true} to redeem the QR code's
 * one-time transfer token (?transfer=…) and take over the conversation.
 */
(function () {
  "use strict";
  if (window.__longhuaAssistantLoaded) { return; }
  window.__longhuaAssistantLoaded = true;

  var script = document.currentScript;
  var config = window.LonghuaAssistant || {};
  var origin = script ? new URL(script.src, location.href).origin : location.origin;
  var server = (config.server || origin).replace(/^http/, "ws").replace(/\/$/, "");
  var color = /^#[0-9a-fA-F]{3,8}$/.test(config.color || "") ? config.color : "#b3121f";
  var position = config.position === "left" ? "left" : "right";
  var kiosk = config.mode === "kiosk";
  var channel = kiosk ? "kiosk" : "web";
  var idleSeconds = kiosk ? Math.max(1, Number(config.idleSeconds) || 120) : 0;
  var STORE = "longhua-assistant";

  var TEXT = {
    zh: {
      open: "在线咨询", title: "龙华区政务咨询助手", close: "关闭", send: "发送", placeholder: "请输入您的问题",
      label: "您的问题", langSwitch: "English", langName: "切换到英文", large: "大字", largeOn: "标准字号",
      connecting: "正在连接…", connected: "已连接", offline: "连接已断开，正在重新连接…",
      notReady: "知识库正在加载，请稍后再问。", error: "抱歉，出了点问题，请稍后再试。",
      you: "您", assistant: "助手", source: "来源", asOf: "核实日期", placeholderNote: "待官方确认",
      helpful: "有帮助", notHelpful: "没帮助", thanks: "谢谢您的反馈。", options: "请选择：",
      welcome: "您好！我可以回答龙华区政务公开和政务服务方面的问题，例如：政府信息公开申请、办事指南、政策文件。",
      hot: "热门话题", topics: "常见主题", phrases: "常用词", qr: "用手机扫码，在手机上继续这次咨询", clear: "清除",
      expired: "二维码已失效或已使用，已为您开始新的咨询。",
      staff: "工作人员", staffJoined: "工作人员已接入，请直接留言。", handback: "工作人员已结束服务，接下来由助手继续为您解答。"
    },
    en: {
      open: "Ask us", title: "Longhua District assistant", close: "Close", send: "Send", placeholder: "Type your question",
      label: "Your question", langSwitch: "中文", langName: "Switch to Chinese", large: "Large text", largeOn: "Normal text",
      connecting: "Connecting…", connected: "Connected", offline: "Connection lost, reconnecting…",
      notReady: "The knowledge base is loading; please ask again in a moment.", error: "Sorry, something went wrong; please try again.",
      you: "You", assistant: "Assistant", source: "Source", asOf: "Checked", placeholderNote: "awaiting official confirmation",
      helpful: "Helpful", notHelpful: "Not helpful", thanks: "Thank you for your feedback.", options: "Please choose:",
      welcome: "Hello! I answer questions about government information disclosure and public services in Longhua District, such as information requests, service guides and policy documents.",
      hot: "Popular now", topics: "Common topics", phrases: "Phrases", qr: "Scan with your phone to continue this conversation there", clear: "Clear",
      expired: "This QR code has expired or was already used; a new conversation has started.",
      staff: "Staff", staffJoined: "A member of staff has joined; write to them here.", handback: "The member of staff has left; the assistant answers again."
    }
  };

  var saved = load();
  /* The phone page: the QR code carries a one-time transfer token, redeemed for the kiosk's session. */
  var transfer = config.sessionFromUrl ? new URLSearchParams(location.search).get("transfer") : null;
  if (transfer && !/^[A-Za-z0-9_-]{16,64}$/.test(transfer)) { transfer = null; }
  if (kiosk && saved.large === undefined) { saved.large = true; }
  var lang = saved.lang || config.lang || pageLanguage();
  var socket = null;
  var retry = 0;
  var asked = 0;
  var state = "connecting";

  function pageLanguage() {
    var l = (document.documentElement.lang || navigator.language || "zh").toLowerCase();
    return l.indexOf("en") === 0 ? "en" : "zh";
  }
  function t(key) { return TEXT[lang][key]; }
  function load() {
    try { return JSON.parse(sessionStorage.getItem(STORE)) || {}; } catch (e) { return {}; }
  }
  function save() {
    try {
      sessionStorage.setItem(STORE, JSON.stringify({session: saved.session, lang: lang, large: saved.large,
        transcript: (saved.transcript || []).slice(-40)}));
    } catch (e) { /* storage full or blocked: the conversation still works */ }
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  var style = el("style");
  style.textContent =
    ".lha-root{--lha-color:" + color + ";position:fixed;bottom:16px;" + position + ":16px;z-index:2147483000;" +
    "font:16px/1.5 system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1a1a1a}" +
    ".lha-root *{box-sizing:border-box}" +
    ".lha-launch,.lha-btn{font:inherit;cursor:pointer;border-radius:8px;border:2px solid var(--lha-color);min-height:44px}" +
    ".lha-launch{background:var(--lha-color);color:#fff;padding:10px 18px;box-shadow:0 2px 8px rgba(0,0,0,.3)}" +
    ".lha-btn{background:#fff;color:#1a1a1a;padding:6px 12px;margin:4px 4px 0 0}" +
    ".lha-btn-primary{background:var(--lha-color);color:#fff}" +
    ".lha-launch:focus-visible,.lha-btn:focus-visible,.lha-input:focus-visible,.lha-root a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}" +
    ".lha-panel{display:none;flex-direction:column;width:min(400px,calc(100vw - 32px));height:min(600px,calc(100vh - 32px));" +
    "background:#fff;border:1px solid #6b6b6b;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.35);overflow:hidden}" +
    ".lha-open .lha-panel{display:flex}.lha-open .lha-launch{display:none}" +
    ".lha-head{background:var(--lha-color);color:#fff;padding:8px 12px;display:flex;flex-wrap:wrap;gap:4px;align-items:center}" +
    ".lha-head h2{font-size:1.05em;margin:0;flex:1 1 100%}" +
    ".lha-head .lha-btn{border-color:#fff;margin:0}" +
    ".lha-status{font-size:.85em;padding:2px 12px;background:#f2f2f2;color:#333}" +
    ".lha-log{flex:1;overflow-y:auto;padding:12px;margin:0;list-style:none}" +
    ".lha-msg{margin:0 0 12px;padding:8px 12px;border-radius:8px;white-space:pre-wrap;overflow-wrap:anywhere}" +
    ".lha-q{background:#e8eef7;margin-left:15%}.lha-a{background:#f7f7f7;border:1px solid #d0d0d0;margin-right:5%}" +
    ".lha-who{display:block;font-weight:600;font-size:.85em;color:#333}" +
    ".lha-cite{font-size:.85em;color:#333;margin-top:6px;border-top:1px solid #d0d0d0;padding-top:4px}" +
    ".lha-root a{color:#0b4f8a}" +
    ".lha-form{display:flex;gap:6px;padding:8px;border-top:1px solid #d0d0d0}" +
    ".lha-input{flex:1;font:inherit;padding:8px;border:2px solid #6b6b6b;border-radius:8px;min-height:44px}" +
    ".lha-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
    ".lha-large{font-size:20px}" +
    "@media (prefers-reduced-motion:no-preference){.lha-panel{transition:opacity .2s}}" +
    ".lha-kiosk{position:static;font-size:24px}.lha-kiosk .lha-panel{display:flex;width:100vw;height:100vh;border:0;border-radius:0}" +
    ".lha-kiosk .lha-launch,.lha-kiosk #lha-close{display:none}.lha-kiosk .lha-btn{min-height:64px;padding:10px 20px;margin:6px 6px 0 0}" +
    ".lha-tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;padding:12px;margin:0}" +
    ".lha-tiles .lha-btn{min-height:96px;margin:0;font-weight:600}" +
    ".lha-hot{display:flex;flex-wrap:wrap;gap:6px;padding:6px 12px 0;align-items:center}.lha-hot[hidden]{display:none}" +
    ".lha-hot .lha-btn{margin:0;border-radius:16px}.lha-hot-label{font-size:.85em;font-weight:600;color:#333;margin-right:4px}" +
    ".lha-keys{padding:0 8px}.lha-qr{display:flex;align-items:center;gap:12px;margin-top:8px}.lha-qr img{width:160px;height:160px}" +
    "@media (max-width:480px){.lha-root{bottom:0;" + position + ":0}.lha-panel{width:100vw;height:100vh;border-radius:0}}";
  document.head.appendChild(style);

  var root = el("div", {"class": "lha-root", id: "lha-root"});
  var launch = el("button", {type: "button", "class": "lha-launch", "aria-expanded": "false", "aria-controls": "lha-panel"});
  var panel = el("section", {"class": "lha-panel", id: "lha-panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "lha-title"});
  var head = el("div", {"class": "lha-head"});
  var title = el("h2", {id: "lha-title"});
  var langButton = el("button", {type: "button", "class": "lha-btn", id: "lha-lang"});
  var largeButton = el("button", {type: "button", "class": "lha-btn", id: "lha-large", "aria-pressed": "false"});
  var closeButton = el("button", {type: "button", "class": "lha-btn", id: "lha-close"});
  var status = el("p", {"class": "lha-status", id: "lha-status", role: "status"});
  var log = el("div", {"class": "lha-log", id: "lha-log", role: "log", "aria-live": "polite", "aria-relevant": "additions"});
  var form = el("form", {"class": "lha-form", id: "lha-form"});
  var inputLabel = el("label", {"for": "lha-input", "class": "lha-sr"});
  var input = el("input", {type: "text", id: "lha-input", "class": "lha-input", maxlength: "2000", autocomplete: "off"});
  var send = el("button", {type: "submit", "class": "lha-btn lha-btn-primary", id: "lha-send"});
  var tiles = el("nav", {"class": "lha-tiles", id: "lha-tiles"});
  var keys = el("div", {"class": "lha-keys", id: "lha-keys", role: "group"});
  var hot = el("nav", {"class": "lha-hot", id: "lha-hot", hidden: ""});
  var suggestions = [];
  head.append(title, langButton, largeButton, closeButton);
  form.append(inputLabel, input, send);
  panel.append(head, status);
  if (kiosk) { panel.append(tiles); }
  panel.append(hot, log);
  if (kiosk) { panel.append(keys); }
  panel.append(form);
  root.append(launch, panel);
  document.body.appendChild(root);

  function label() {
    launch.textContent = t("open");
    title.textContent = t("title");
    langButton.textContent = t("langSwitch");
    langButton.setAttribute("aria-label", t("langName"));
    largeButton.textContent = saved.large ? t("largeOn") : t("large");
    largeButton.setAttribute("aria-pressed", saved.large ? "true" : "false");
    closeButton.textContent = t("close");
    inputLabel.textContent = t("label");
    input.setAttribute("placeholder", t("placeholder"));
    send.textContent = t("send");
    status.textContent = t(state);
    panel.setAttribute("lang", lang === "zh" ? "zh-CN" : "en");
    root.classList.toggle("lha-large", !!saved.large);
    if (kiosk) { kioskControls(); }
    hotTopics();
  }

  /* The hot topics staff pinned, sent with the session frame, as suggestions in the interface language. */
  function hotTopics() {
    hot.replaceChildren();
    hot.setAttribute("aria-label", t("hot"));
    if (!suggestions.length) { hot.setAttribute("hidden", ""); return; }
    hot.removeAttribute("hidden");
    hot.appendChild(el("span", {"class": "lha-hot-label", "aria-hidden": "true"}, t("hot")));
    suggestions.forEach(function (topic) {
      if (!topic || !topic.label || !topic.question) { return; }
      var chip = el("button", {type: "button", "class": "lha-btn lha-hot-topic"}, topic.label[lang]);
      chip.addEventListener("click", function () { ask(topic.question[lang]); });
      hot.appendChild(chip);
    });
  }

  /* The kiosk's topic tiles and phrase keys, in the interface language. */
  function kioskControls() {
    tiles.setAttribute("aria-label", t("topics"));
    tiles.replaceChildren();
    (config.topics || []).forEach(function (topic) {
      var tile = el("button", {type: "button", "class": "lha-btn lha-tile"}, topic[lang]);
      tile.addEventListener("click", function () { ask(topic.ask[lang]); });
      tiles.appendChild(tile);
    });
    keys.setAttribute("aria-label", t("phrases"));
    keys.replaceChildren();
    ((config.phrases || {})[lang] || []).forEach(function (phrase) {
      var key = el("button", {type: "button", "class": "lha-btn lha-key"}, phrase);
      key.addEventListener("click", function () { input.value += (input.value && lang === "en" ? " " : "") + phrase; input.focus(); });
      keys.appendChild(key);
    });
    var clear = el("button", {type: "button", "class": "lha-btn lha-key"}, t("clear"));
    clear.addEventListener("click", function () { input.value = ""; input.focus(); });
    keys.appendChild(clear);
  }

  /* Text with web addresses made into links; everything else stays text. */
  function linkify(node, text) {
    var pattern = /(https?:\/\/[^\s，。；、）)]+|www\.[a-z0-9.-]+\.[a-z]{2,}(?:\/[^\s，。；、）)]*)?)/gi;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      node.appendChild(document.createTextNode(text.slice(last, match.index)));
      var href = /^https?:/i.test(match[0]) ? match[0] : "https://" + match[0];
      var link = el("a", {href: href, target: "_blank", rel: "noopener noreferrer"}, match[0]);
      node.appendChild(link);
      last = match.index + match[0].length;
    }
    node.appendChild(document.createTextNode(text.slice(last)));
  }

  function addQuestion(text, record) {
    var item = el("div", {"class": "lha-msg lha-q"});
    item.appendChild(el("span", {"class": "lha-who"}, t("you")));
    item.appendChild(document.createTextNode(text));
    log.appendChild(item);
    if (record) { (saved.transcript = saved.transcript || []).push({q: text}); save(); }
    log.scrollTop = log.scrollHeight;
  }

  function addAnswer(frame, record) {
    var item = el("div", {"class": "lha-msg lha-a", "data-kind": frame.kind || "", lang: frame.lang === "en" ? "en" : "zh-CN"});
    item.appendChild(el("span", {"class": "lha-who"}, t("assistant")));
    var body = el("div", {"class": "lha-text"});
    linkify(body, frame.text || "");
    item.appendChild(body);
    if (frame.options && frame.options.length) {
      var group = el("div", {role: "group", "aria-label": t("options")});
      frame.options.forEach(function (option, index) {
        var button = el("button", {type: "button", "class": "lha-btn lha-option", "data-id": option.id},
          (index + 1) + ". " + option.label);
        button.addEventListener("click", function () { ask(option.id, option.label); });
        group.appendChild(button);
      });
      item.appendChild(group);
    }
    (frame.citations || []).forEach(function (c) {
      var cite = el("p", {"class": "lha-cite"});
      cite.appendChild(document.createTextNode(t("source") + ": " + c.title + (c.source ? " (" + c.source + ")" : "") +
        " · " + t("asOf") + " " + c.asOf + (c.status === "placeholder" ? " · " + t("placeholderNote") : "")));
      item.appendChild(cite);
    });
    if (kiosk && saved.session) {
      var qr = el("div", {"class": "lha-qr"});
      qr.appendChild(el("img", {src: origin + "/kiosk/qr.svg?session=" + encodeURIComponent(saved.session), alt: t("qr")}));
      qr.appendChild(el("span", {}, t("qr")));
      item.appendChild(qr);
    }
    if (frame.replyTo && frame.kind !== "clarify") {
      var rate = el("div", {role: "group", "aria-label": t("helpful") + " / " + t("notHelpful")});
      [true, false].forEach(function (helpful) {
        var b = el("button", {type: "button", "class": "lha-btn lha-feedback"}, helpful ? t("helpful") : t("notHelpful"));
        b.addEventListener("click", function () {
          transmit({type: "feedback", id: frame.replyTo, helpful: helpful});
          rate.replaceChildren(el("span", {}, t("thanks")));
        });
        rate.appendChild(b);
      });
      item.appendChild(rate);
    }
    log.appendChild(item);
    if (record) { (saved.transcript = saved.transcript || []).push({a: frame}); save(); }
    log.scrollTop = log.scrollHeight;
  }

  function addStaff(text, record) {
    var item = el("div", {"class": "lha-msg lha-a lha-staff", "data-kind": "staff"});
    item.appendChild(el("span", {"class": "lha-who"}, t("staff")));
    item.appendChild(document.createTextNode(text));
    log.appendChild(item);
    if (record) { (saved.transcript = saved.transcript || []).push({s: text}); save(); }
    log.scrollTop = log.scrollHeight;
  }

  function addNote(text) {
    var item = el("div", {"class": "lha-msg lha-a"}, text);
    log.appendChild(item);
  }

  function setState(next) {
    state = next;
    status.textContent = t(state);
    root.setAttribute("data-state", state);
  }

  function transmit(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  function ask(text, shown) {
    var question = String(text).trim();
    if (!question) { return; }
    addQuestion(shown || question, true);
    if (!transmit({type: "ask", id: "w" + (++asked) + "-" + Date.now(), text: question, lang: lang})) {
      addNote(t("offline"));
    }
  }

  function connect() {
    setState("connecting");
    var url = server + "/ws/" + channel + (saved.session ? "?session=" + encodeURIComponent(saved.session) : "");
    socket = new WebSocket(url);
    socket.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame.type === "session") {
        saved.session = frame.sessionId;
        save();
        retry = 0;
        suggestions = Array.isArray(frame.suggestions) ? frame.suggestions : [];
        hotTopics();
        setState("connected");
      } else if (frame.type === "answer") {
        addAnswer(frame, true);
        touched();
      } else if (frame.type === "staff") {
        addStaff(frame.text, true);
      } else if (frame.type === "staff-joined" || frame.type === "handback") {
        addNote(t(frame.type === "staff-joined" ? "staffJoined" : "handback"));
      } else if (frame.type === "error" && frame.code !== "idle") {
        // an idle connection is closed by the server and reconnected quietly
        addNote(frame.code === "not_ready" ? t("notReady") : t("error"));
      }
    };
    socket.onclose = function () {
      setState("offline");
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 500 * Math.pow(2, retry - 1));
    };
  }

  function open() {
    root.classList.add("lha-open");
    launch.setAttribute("aria-expanded", "true");
    input.focus();
    saved.open = true;
  }
  function close() {
    root.classList.remove("lha-open");
    launch.setAttribute("aria-expanded", "false");
    launch.focus();
  }

  launch.addEventListener("click", open);
  closeButton.addEventListener("click", close);
  panel.addEventListener("keydown", function (event) { if (event.key === "Escape") { close(); } });
  langButton.addEventListener("click", function () { lang = lang === "zh" ? "en" : "zh"; save(); label(); });
  largeButton.addEventListener("click", function () { saved.large = !saved.large; save(); label(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    ask(input.value);
    input.value = "";
  });

  /* Kiosk: after idleSeconds without a touch, forget the conversation and return to the start screen. */
  var idleTimer = null;
  function touched() {
    if (!kiosk) { return; }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(wipe, idleSeconds * 1000);
  }
  function wipe() {
    if (saved.session) {
      /* End the session on the server too: its conversation is emptied and its QR codes stop working. */
      fetch(origin + "/kiosk/end", {method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({session: saved.session}), keepalive: true}).catch(function () { /* offline: it expires */ });
    }
    try { sessionStorage.removeItem(STORE); } catch (e) { /* nothing stored */ }
    saved = {lang: config.lang || pageLanguage(), large: true};
    lang = saved.lang;
    input.value = "";
    log.replaceChildren();
    if (socket) { socket.onclose = null; socket.close(); }
    label();
    addNote(t("welcome"));
    root.setAttribute("data-wiped", String(Number(root.getAttribute("data-wiped") || 0) + 1));
    connect();
  }
  ["pointerdown", "keydown"].forEach(function (type) { document.addEventListener(type, touched, true); });

  label();
  if (saved.transcript && saved.transcript.length) {
    saved.transcript.forEach(function (entry) {
      if (entry.q) { addQuestion(entry.q, false); } else if (entry.s) { addStaff(entry.s, false); } else { addAnswer(entry.a, false); }
    });
  } else {
    addNote(t("welcome"));
  }
  if (transfer) {
    fetch(origin + "/m/transfer", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({token: transfer})})
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; })
      .then(function (body) {
        if (body && body.session) { saved.session = body.session; save(); } else { addNote(t("expired")); }
        history.replaceState(null, "", location.pathname);
        connect();
      });
  } else {
    connect();
  }
  if (kiosk) { root.classList.add("lha-kiosk", "lha-open"); touched(); }
  if (config.openOnLoad) { open(); }
  window.LonghuaAssistantWidget = {open: open, close: close, ask: ask};
})();
