/*
 * The staff inbox page: conversations waiting for a person and requests missed, taking one, replying and
 * handing it back, over /staff/ws (signed in with the page's HTTP Basic credentials). Everything shown is
 * set as text. Protocol: docs/protocol.md, "Human handoff".
 */
(function () {
  "use strict";
  var socket;
  var current = null;
  var status = document.getElementById("status");
  var waiting = document.getElementById("waiting");
  var missed = document.getElementById("missed");
  var conversation = document.getElementById("conversation");
  var reply = document.getElementById("reply");
  var send = document.getElementById("send");
  var handback = document.getElementById("handback");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function lastVisitorText(frame) {
    var turns = frame.turns || [];
    for (var i = turns.length - 1; i >= 0; i--) { if (turns[i].visitor) { return turns[i].visitor; } }
    return "";
  }

  function listItem(frame, canTake) {
    var item = el("li");
    item.setAttribute("data-session", frame.session);
    item.appendChild(el("span", "preview", lastVisitorText(frame)));
    if (canTake) {
      var take = el("button", "take", "接入 Take");
      take.type = "button";
      take.setAttribute("aria-label", "接入会话 Take conversation: " + lastVisitorText(frame));
      take.addEventListener("click", function () { transmit({type: "take", session: frame.session}); });
      item.appendChild(take);
    }
    return item;
  }

  function upsert(list, frame, canTake) {
    var existing = list.querySelector('[data-session="' + CSS.escape(frame.session) + '"]');
    var item = listItem(frame, canTake);
    if (existing) { list.replaceChild(item, existing); } else { list.appendChild(item); }
  }

  function remove(session) {
    [waiting, missed].forEach(function (list) {
      var item = list.querySelector('[data-session="' + CSS.escape(session) + '"]');
      if (item) { list.removeChild(item); }
    });
  }

  function turn(cls, who, text) {
    var node = el("div", "turn " + cls);
    node.appendChild(el("span", "who", who));
    node.appendChild(document.createTextNode(text));
    conversation.appendChild(node);
    conversation.scrollTop = conversation.scrollHeight;
  }

  function show(frame) {
    current = frame.session;
    conversation.replaceChildren();
    (frame.turns || []).forEach(function (t) {
      if (t.visitor) { turn("visitor", "访客 Visitor", t.visitor); }
      if (t.staff) { turn("staff", "工作人员 Staff", t.staff); }
      if (t.visitor && t.kind !== "handoff") { turn("assistant", "助手 Assistant", "[" + t.kind + "] " + (t.entry || "")); }
    });
    reply.disabled = false;
    send.disabled = false;
    handback.disabled = false;
    reply.focus();
  }

  function transmit(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify(frame)); }
  }

  function connect() {
    socket = new WebSocket(location.origin.replace(/^http/, "ws") + "/staff/ws");
    socket.onopen = function () { status.textContent = "已连接 Connected"; };
    socket.onmessage = function (event) {
      var frame = JSON.parse(event.data);
      if (frame.type === "inbox") {
        waiting.replaceChildren();
        missed.replaceChildren();
        frame.waiting.forEach(function (f) { upsert(waiting, f, true); });
        frame.missed.forEach(function (f) { upsert(missed, f, false); });
      } else if (frame.type === "waiting") {
        upsert(waiting, frame, true);
      } else if (frame.type === "missed") {
        upsert(missed, frame, false);
      } else if (frame.type === "taken") {
        remove(frame.session);
      } else if (frame.type === "conversation") {
        show(frame);
      } else if (frame.type === "visitor") {
        if (frame.session === current) { turn("visitor", "访客 Visitor", frame.text); } else { upsert(waiting, {session: frame.session, turns: [{visitor: frame.text}]}, true); }
      } else if (frame.type === "error") {
        status.textContent = frame.message;
      }
    };
    socket.onclose = function () {
      status.textContent = "连接已断开，正在重新连接… Disconnected, reconnecting…";
      setTimeout(connect, 2000);
    };
  }

  document.getElementById("reply-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = reply.value.trim();
    if (!text || !current) { return; }
    transmit({type: "reply", session: current, text: text});
    turn("staff", "工作人员 Staff", text);
    reply.value = "";
  });
  handback.addEventListener("click", function () {
    if (!current) { return; }
    transmit({type: "handback", session: current});
    current = null;
    reply.disabled = true;
    send.disabled = true;
    handback.disabled = true;
    conversation.replaceChildren();
  });
  connect();
})();
