/*
 * The staff console: one page, one view per hash (#entries, #drafts, …), over the HTTP API at /staff/api.
 * Every text from the server is set as text, never as markup. The interface is in Chinese or English.
 */
(function () {
  "use strict";

  var API = "/staff/api/";
  var TEXT = {
    zh: {
      title: "政务助手管理台", lang: "English", inbox: "人工收件箱", nav: "管理台",
      entries: "条目", drafts: "草稿与审核", history: "版本历史", review: "待处理问题", hitTest: "命中测试",
      suites: "回归测试", exchange: "导入导出", dashboard: "数据看板", topics: "热门话题", accounts: "账号", audit: "审计日志",
      signedIn: "已登录：", roles: "角色", search: "搜索（编号或标题）", kind: "类型", all: "全部", faq: "问答", item: "目录事项",
      onlyTranslate: "只看需要翻译的", find: "查找", id: "编号", titleCol: "标题", group: "主题/领域", state: "状态",
      edit: "编辑", newFaq: "新建问答", needsTranslation: "需翻译", expired: "已失效", notYet: "未生效", pending: "有草稿",
      zh: "中文", en: "English", saveDraft: "保存草稿", asJson: "以 JSON 编辑", asForm: "以表单编辑", note: "修改说明",
      removeEntry: "提议删除此条目", cancel: "取消", saved: "草稿已保存。", field: "字段", before: "原内容", after: "新内容",
      publish: "发布所选", publishAnyway: "仍然发布", discard: "放弃", author: "起草人", updated: "更新时间", noDrafts: "没有待审核的草稿。",
      published: "已发布为版本 ", suitesFailed: "回归测试未通过，未发布。", release: "版本", by: "发布人", rollback: "回滚到此版本之前",
      confirmRollback: "确定回滚？将发布一个新版本，恢复到版本 ", rolledBack: "已回滚，新版本 ", changes: "变更", added: "新增", removed: "删除",
      question: "问题", count: "次数", reasons: "原因", channels: "渠道", lastAsked: "最近", status: "状态",
      writeFaq: "写新问答", addVariant: "加为问法", entryId: "问答编号", markDone: "已处理", ignore: "忽略", inProgress: "处理中",
      UNANSWERED: "未能回答", LOW_CONFIDENCE: "低置信度", NOT_HELPFUL: "没帮助", "new": "新", "in-progress": "处理中", done: "已处理", ignored: "已忽略",
      ask: "测试", tier: "决定环节", answer: "回答", candidates: "候选条目", thresholds: "阈值", cosine: "余弦", bm25: "BM25",
      fused: "融合分", rank: "排名", entryThreshold: "条目阈值", inForce: "有效", suiteName: "测试集名称", file: "文件",
      upload: "上传并运行", run: "运行", passed: "通过", failed: "未通过", expected: "期望", got: "实际", remove: "删除",
      part: "部分", check: "检查", createDrafts: "生成草稿", removeMissing: "删除表中没有的条目", export: "导出",
      rows: "行", unchanged: "未变", notInSheet: "表中没有", problems: "问题", where: "位置", reason: "说明", noProblems: "没有问题。",
      total: "提问数（14天）", fallbackRate: "未能回答率", unansweredRate: "未从知识库回答率", helpfulRate: "有帮助率",
      handoffs: "转人工", perDay: "每日提问（按渠道）", perDayLang: "每日提问（按语言）", perHour: "按小时（按渠道）", byChannel: "按渠道", byLang: "按语言",
      topQuestions: "热门问题", topTopics: "热门主题", trending: "本周与上周", thisWeek: "本周", lastWeek: "上周",
      proposed: "建议设为热门话题", pin: "设为热门", unpin: "取消", label: "标签", topicQuestion: "点击后提问",
      name: "账号", password: "密码", save: "保存", action: "操作", subject: "对象", detail: "详情", at: "时间", actor: "操作人",
      exportQuestions: "导出问题记录（已脱敏）", language: "语言",
      settings: "设置", settingsSaved: "设置已保存并生效。", officeHours: "人工服务时间（HH:mm-HH:mm，北京时间）", workingDaysOnly: "仅工作日", thresholdsTitle: "回答阈值（0.5–1.0，留空则用配置值）",
      configuredValue: "配置值", inEffect: "当前生效", asConfigured: "按配置", yes: "是", no: "否", loading: "加载中…", failedLoad: "请求失败：", noItems: "暂无。", data: "数据表"
    },
    en: {
      title: "Assistant staff console", lang: "中文", inbox: "Staff inbox", nav: "Console",
      entries: "Entries", drafts: "Drafts & review", history: "History", review: "Review queue", hitTest: "Hit test",
      suites: "Regression", exchange: "Import & export", dashboard: "Dashboard", topics: "Hot topics", accounts: "Accounts", audit: "Audit log",
      signedIn: "Signed in: ", roles: "roles", search: "Search (id or title)", kind: "Kind", all: "All", faq: "FAQ", item: "Catalogue item",
      onlyTranslate: "Only those needing translation", find: "Find", id: "Id", titleCol: "Title", group: "Topic / domain", state: "State",
      edit: "Edit", newFaq: "New FAQ entry", needsTranslation: "translate", expired: "expired", notYet: "not yet in force", pending: "draft waiting",
      zh: "中文", en: "English", saveDraft: "Save draft", asJson: "Edit as JSON", asForm: "Edit as form", note: "Note on the change",
      removeEntry: "Propose removing this entry", cancel: "Cancel", saved: "Draft saved.", field: "Field", before: "Before", after: "After",
      publish: "Publish selected", publishAnyway: "Publish anyway", discard: "Discard", author: "Author", updated: "Updated", noDrafts: "No drafts waiting for review.",
      published: "Published as release ", suitesFailed: "Regression suites fail; nothing was published.", release: "Release", by: "Published by", rollback: "Roll back to before this release",
      confirmRollback: "Roll back? A new release will restore release ", rolledBack: "Rolled back; new release ", changes: "Changes", added: "added", removed: "removed",
      question: "Question", count: "Count", reasons: "Reasons", channels: "Channels", lastAsked: "Last asked", status: "Status",
      writeFaq: "Write new FAQ", addVariant: "Add as phrasing", entryId: "FAQ entry id", markDone: "Done", ignore: "Ignore", inProgress: "In progress",
      UNANSWERED: "unanswered", LOW_CONFIDENCE: "low confidence", NOT_HELPFUL: "not helpful", "new": "new", "in-progress": "in progress", done: "done", ignored: "ignored",
      ask: "Test", tier: "Decided by", answer: "Answer", candidates: "Candidates", thresholds: "Thresholds", cosine: "cosine", bm25: "BM25",
      fused: "fused", rank: "ranks", entryThreshold: "entry threshold", inForce: "in force", suiteName: "Suite name", file: "File",
      upload: "Upload and run", run: "Run", passed: "passed", failed: "failed", expected: "Expected", got: "Got", remove: "Remove",
      part: "Part", check: "Check", createDrafts: "Create drafts", removeMissing: "Remove entries the sheet leaves out", export: "Export",
      rows: "rows", unchanged: "unchanged", notInSheet: "not in the sheet", problems: "Problems", where: "Where", reason: "What is wrong", noProblems: "No problems.",
      total: "Questions (14 days)", fallbackRate: "Fallback rate", unansweredRate: "Not answered from the KB", helpfulRate: "Helpful rate",
      handoffs: "Handoffs", perDay: "Questions per day (by channel)", perDayLang: "Questions per day (by language)", perHour: "By hour (by channel)", byChannel: "By channel", byLang: "By language",
      topQuestions: "Top questions", topTopics: "Top topics", trending: "This week vs last", thisWeek: "This week", lastWeek: "Last week",
      proposed: "Proposed hot topics", pin: "Pin", unpin: "Unpin", label: "Label", topicQuestion: "Question a tap asks",
      name: "Name", password: "Password", save: "Save", action: "Action", subject: "Subject", detail: "Detail", at: "When", actor: "By",
      exportQuestions: "Export question log (masked)", language: "Language",
      settings: "Settings", settingsSaved: "Settings saved and in effect.", officeHours: "Staff hours (HH:mm-HH:mm, Longhua time)", workingDaysOnly: "Working days only", thresholdsTitle: "Answering thresholds (0.5–1.0; empty for the configured value)",
      configuredValue: "configured", inEffect: "in effect", asConfigured: "as configured", yes: "yes", no: "no", loading: "Loading…", failedLoad: "Request failed: ", noItems: "Nothing yet.", data: "Data table"
    }
  };
  var VIEWS = ["entries", "drafts", "history", "review", "hitTest", "suites", "exchange", "dashboard", "topics", "accounts", "settings", "audit"];
  var lang = localStorage.getItem("longhua-console-lang") || "zh";
  var me = {name: "", roles: []};
  var view = document.getElementById("view");
  var message = document.getElementById("message");

  function t(key) { return TEXT[lang][key] !== undefined ? TEXT[lang][key] : key; }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function button(text, onClick, primary) {
    var b = el("button", {type: "button", "class": primary ? "btn primary" : "btn"}, text);
    b.addEventListener("click", onClick);
    return b;
  }
  function has(role) { return me.roles.indexOf(role) >= 0; }
  function canEdit() { return has("editor") || has("reviewer"); }
  function say(text, isError) {
    message.textContent = text;
    message.classList.toggle("error", !!isError);
  }
  function problemText(body) {
    if (body && body.problems && body.problems.length) {
      return body.problems.map(function (p) { return p.where + ": " + p.reason; }).join("; ");
    }
    return body && body.error ? body.error : "";
  }

  /* JSON request to the API; rejects with {status, body}. */
  function api(method, path, body) {
    var options = {method: method, headers: {"Accept": "application/json"}, credentials: "same-origin"};
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    /* from the origin: a page opened with credentials in its address may not fetch relative addresses */
    return fetch(location.origin + API + path, options).then(function (response) {
      return response.text().then(function (text) {
        var parsed = null;
        try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = {error: text}; }
        if (!response.ok) { return Promise.reject({status: response.status, body: parsed}); }
        return parsed;
      });
    });
  }
  function failed(error) {
    say(t("failedLoad") + (error && error.status ? error.status + " " : "") + problemText(error && error.body), true);
    return Promise.reject(error);
  }
  function fileBase64(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(String(reader.result).replace(/^data:[^,]*,/, "")); };
      reader.onerror = reject;
      reader.readAsDataURL(file);
    });
  }
  function table(headers, rows) {
    var tableNode = el("table");
    var head = el("tr");
    headers.forEach(function (h) { head.appendChild(el("th", {scope: "col"}, h)); });
    var thead = el("thead");
    thead.appendChild(head);
    var tbody = el("tbody");
    rows.forEach(function (cells) {
      var tr = el("tr");
      cells.forEach(function (cell) {
        var td = el("td");
        if (cell instanceof Node) { td.appendChild(cell); } else { td.textContent = cell === null || cell === undefined ? "" : String(cell); }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    tableNode.append(thead, tbody);
    return tableNode;
  }
  function heading(text) { return el("h2", {}, text); }
  function field(labelText, input) {
    var id = "f-" + Math.random().toString(36).slice(2, 9);
    input.id = id;
    var wrap = el("div");
    wrap.append(el("label", {"for": id}, labelText), input);
    return wrap;
  }
  function diffTable(changes) {
    return table([t("field"), t("before"), t("after")], changes.map(function (c) {
      return [c.path, el("span", {"class": "before"}, c.before === null ? "—" : c.before),
        el("span", {"class": "after"}, c.after === null ? "—" : c.after)];
    }));
  }
  function percent(x) { return x === null || x === undefined ? "—" : (100 * x).toFixed(1) + "%"; }

  /* ---------- the entry editor: any {zh, en} pair side by side, other fields as inputs, or raw JSON ---------- */

  function isPair(node) {
    if (!node || typeof node !== "object" || Array.isArray(node)) { return false; }
    var keys = Object.keys(node);
    return keys.length > 0 && keys.every(function (k) { return k === "zh" || k === "en"; });
  }
  function editorFor(node, path) {
    if (isPair(node)) {
      var pair = el("div", {"class": "pair", "data-path": path, "data-type": Array.isArray(node.zh) || Array.isArray(node.en) ? "pair-list" : "pair"});
      ["zh", "en"].forEach(function (code) {
        var value = node[code];
        var area = el("textarea", {"data-lang": code, lang: code === "zh" ? "zh-CN" : "en", rows: "3"});
        area.value = Array.isArray(value) ? value.join("\n") : (value || "");
        pair.appendChild(field(path + " · " + t(code) + (Array.isArray(value) ? " (" + (lang === "zh" ? "每行一条" : "one per line") + ")" : ""), area));
      });
      return pair;
    }
    if (Array.isArray(node)) {
      if (node.every(function (v) { return typeof v !== "object" || v === null; })) {
        var list = el("textarea", {"data-path": path, "data-type": node.length && node.every(function (v) { return typeof v === "number"; }) ? "numbers" : "strings", rows: "2"});
        list.value = node.join("\n");
        return field(path + (lang === "zh" ? "（每行一条）" : " (one per line)"), list);
      }
      var set = el("fieldset", {"data-path": path, "data-type": "array"});
      set.appendChild(el("legend", {}, path));
      node.forEach(function (child, i) { set.appendChild(editorFor(child, path + "[" + i + "]")); });
      return set;
    }
    if (node !== null && typeof node === "object") {
      var group = el("fieldset", {"data-path": path, "data-type": "object"});
      group.appendChild(el("legend", {}, path || "entry"));
      Object.keys(node).forEach(function (key) { group.appendChild(editorFor(node[key], path ? path + "." + key : key)); });
      return group;
    }
    var numeric = typeof node === "number" || path === "threshold";
    var input = el("input", {type: /^(asOf|effective|expires)$/.test(path) ? "date" : numeric ? "number" : "text",
      "data-path": path, "data-type": numeric ? "number" : typeof node === "boolean" ? "boolean" : "string"});
    if (numeric) { input.setAttribute("step", "any"); }
    input.value = node === null || node === undefined ? "" : String(node);
    return field(path, input);
  }
  function readEditor(root) {
    function read(node) {
      var type = node.getAttribute("data-type");
      if (type === "pair" || type === "pair-list") {
        var out = {};
        node.querySelectorAll("textarea[data-lang]").forEach(function (area) {
          var code = area.getAttribute("data-lang");
          out[code] = type === "pair-list" ? area.value.split("\n").map(function (s) { return s.trim(); }).filter(Boolean) : area.value;
        });
        return out;
      }
      if (type === "strings" || type === "numbers") {
        var items = node.value.split("\n").map(function (s) { return s.trim(); }).filter(Boolean);
        return type === "numbers" ? items.map(Number) : items;
      }
      if (type === "number") { return node.value === "" ? null : Number(node.value); }
      if (type === "boolean") { return node.value === "true"; }
      if (type === "string") { return node.value === "" ? null : node.value; }
      var children = Array.prototype.filter.call(node.querySelectorAll("[data-path]"), function (child) {
        var parent = child.parentElement.closest("[data-type='object'],[data-type='array'],[data-type='pair'],[data-type='pair-list']");
        return parent === node;
      });
      if (type === "array") { return children.map(read); }
      var object = {};
      children.forEach(function (child) {
        var path = child.getAttribute("data-path");
        var key = path.slice(path.lastIndexOf(".") + 1);
        var value = read(child);
        if (value !== null) { object[key] = value; }
      });
      return object;
    }
    return read(root);
  }
  function withEditableFields(entry, kind) {
    var copy = JSON.parse(JSON.stringify(entry));
    ["effective", "expires"].forEach(function (key) { if (!(key in copy)) { copy[key] = ""; } });
    if (kind === "faq") {
      if (!("threshold" in copy)) { copy.threshold = null; }
      if (!copy.notFor) { copy.notFor = {zh: [], en: []}; }
      if (!copy.cites) { copy.cites = {}; }
      if (!copy.cites.items) { copy.cites.items = []; }
      if (!copy.cites.articles) { copy.cites.articles = []; }
      if (!copy.stages) { copy.stages = []; }
    }
    return copy;
  }
  function faqTemplate(question, questionLang, variants) {
    var today = new Date().toISOString().slice(0, 10);
    return {id: "faq.", topic: "", title: {zh: questionLang === "zh" ? question : "", en: questionLang === "en" ? question : ""},
      questions: {zh: questionLang === "zh" ? variants : [], en: questionLang === "en" ? variants : []},
      answer: {zh: "", en: ""}, cites: {items: [], articles: []}, stages: [], asOf: today, sources: [], status: "placeholder",
      threshold: null, notFor: {zh: [], en: []}, effective: "", expires: ""};
  }

  /* Opens the editor for an entry (existing or new); saving makes a draft. */
  function openEditor(kind, entryId, entry, options) {
    options = options || {};
    view.replaceChildren(heading((entryId ? t("edit") + " " + entryId : t("newFaq"))));
    var form = el("form", {novalidate: ""});
    var editorHolder = el("div");
    var json = el("textarea", {rows: "24", "aria-label": "JSON", hidden: ""});
    var asJson = false;
    var editable = withEditableFields(entry, kind);
    var editor = editorFor(editable, "");
    editorHolder.appendChild(editor);
    var note = el("input", {type: "text", maxlength: "200"});
    var toggle = button(t("asJson"), function () {
      if (!asJson) { json.value = JSON.stringify(readEditor(editor), null, 2); json.hidden = false; editorHolder.hidden = true; toggle.textContent = t("asForm"); }
      else {
        try { editor = editorFor(JSON.parse(json.value), ""); } catch (e) { say(String(e), true); return; }
        editorHolder.replaceChildren(editor); json.hidden = true; editorHolder.hidden = false; toggle.textContent = t("asJson");
      }
      asJson = !asJson;
    });
    var save = el("button", {type: "submit", "class": "btn primary"}, t("saveDraft"));
    var actions = el("div", {"class": "row"});
    actions.append(save, toggle);
    if (entryId && canEdit()) {
      actions.appendChild(button(t("removeEntry"), function () {
        api("POST", "drafts", {kind: kind, entryId: entryId, entry: null, note: note.value || null})
          .then(function () { say(t("saved")); location.hash = "#drafts"; }, failed);
      }));
    }
    actions.appendChild(button(t("cancel"), function () { history.back(); }));
    form.append(editorHolder, json, field(t("note"), note), actions);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body;
      try { body = asJson ? JSON.parse(json.value) : readEditor(editor); } catch (e) { say(String(e), true); return; }
      api("POST", "drafts", {draftId: options.draftId || null, kind: kind, entryId: entryId || body.id, entry: body,
        note: note.value || null, reviewItem: options.reviewItem || null})
        .then(function () { say(t("saved")); location.hash = "#drafts"; }, failed);
    });
    view.appendChild(form);
    if (options.history && options.history.length) {
      view.appendChild(el("h3", {}, t("history")));
      options.history.forEach(function (version) {
        var details = el("details");
        details.appendChild(el("summary", {}, t("release") + " " + version.release + " · " + version.publishedAt + " · "
          + version.author + " → " + version.publishedBy + (version.rollbackTo !== null ? " (rollback)" : "")));
        details.appendChild(diffTable(version.changes));
        view.appendChild(details);
      });
    }
  }

  /* ---------- views ---------- */

  var render = {
    entries: function () {
      var form = el("form", {"class": "row", role: "search"});
      var q = el("input", {type: "text"});
      var kind = el("select");
      [["", t("all")], ["faq", t("faq")], ["item", t("item")]].forEach(function (o) { kind.appendChild(el("option", {value: o[0]}, o[1])); });
      var translate = el("input", {type: "checkbox", id: "only-translate"});
      var translateLabel = el("label", {"for": "only-translate"}, t("onlyTranslate"));
      form.append(field(t("search"), q), field(t("kind"), kind), translate, translateLabel, el("button", {type: "submit", "class": "btn"}, t("find")));
      if (canEdit()) { form.appendChild(button(t("newFaq"), function () { openEditor("faq", null, faqTemplate("", "zh", [])); })); }
      var results = el("div");
      view.replaceChildren(heading(t("entries")), form, results);
      function load() {
        api("GET", "entries?q=" + encodeURIComponent(q.value) + "&kind=" + kind.value + "&translate=" + translate.checked).then(function (list) {
          results.replaceChildren(table([t("id"), t("titleCol"), t("kind"), t("group"), t("state"), ""], list.map(function (e) {
            var state = el("span");
            if (e.translate) { state.appendChild(el("span", {"class": "badge warn"}, t("needsTranslation") + " " + e.translate.toUpperCase())); }
            if (!e.inForce) { state.appendChild(el("span", {"class": "badge bad"}, e.expires && new Date(e.expires) < new Date() ? t("expired") : t("notYet"))); }
            if (e.pendingDraft) { state.appendChild(el("span", {"class": "badge ok"}, t("pending"))); }
            state.appendChild(el("span", {"class": "badge"}, e.status));
            var edit = button(t("edit"), function () { location.hash = "#entry/" + encodeURIComponent(e.id); });
            edit.setAttribute("aria-label", t("edit") + " " + e.id);
            return [e.id, e.title[lang], e.kind === "faq" ? t("faq") : t("item"), e.group, state, edit];
          })));
        }, failed);
      }
      form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
      load();
    },
    entry: function (id) {
      api("GET", "entries/" + encodeURIComponent(id)).then(function (detail) {
        openEditor(detail.kind, detail.id, detail.entry, {history: detail.history});
        if (detail.translate) { say(t("needsTranslation") + ": " + detail.translate.toUpperCase()); }
      }, failed);
    },
    drafts: function () {
      view.replaceChildren(heading(t("drafts")));
      api("GET", "drafts?state=draft").then(function (drafts) {
        if (!drafts.length) { view.appendChild(el("p", {}, t("noDrafts"))); return; }
        var checks = [];
        drafts.forEach(function (d) {
          var box = el("input", {type: "checkbox", value: d.draft.id, id: "d-" + d.draft.id});
          box.checked = true;
          checks.push(box);
          var section = el("section", {"class": "card"});
          var title = el("h3");
          title.append(box, el("label", {"for": "d-" + d.draft.id, style: "display:inline"}, " " + d.draft.entryId
            + (d.newEntry ? " (" + t("added") + ")" : d.draft.entry === null ? " (" + t("removed") + ")" : "")));
          section.append(title, el("p", {}, t("author") + ": " + d.draft.author + " · " + t("updated") + ": " + d.draft.updated
            + (d.draft.note ? " · " + d.draft.note : "")), diffTable(d.changes));
          if (canEdit()) {
            var row = el("div", {"class": "row"});
            row.appendChild(button(t("edit"), function () { openEditor(d.draft.kind, d.draft.entryId, d.draft.entry || {}, {draftId: d.draft.id, reviewItem: d.draft.reviewItem}); }));
            row.appendChild(button(t("discard"), function () { api("POST", "drafts/" + d.draft.id + "/discard").then(function () { render.drafts(); }, failed); }));
            section.appendChild(row);
          }
          view.appendChild(section);
        });
        if (has("reviewer")) {
          var note = el("input", {type: "text", maxlength: "200"});
          var report = el("div");
          var publish = function (despite) {
            var ids = checks.filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
            api("POST", "publish", {drafts: ids, note: note.value || null, despiteFailures: despite}).then(function (result) {
              say(t("published") + result.release.number);
              render.drafts();
            }, function (error) {
              if (error.status === 409 && error.body && error.body.suites) {
                say(t("suitesFailed"), true);
                report.replaceChildren();
                error.body.suites.forEach(function (r) { report.appendChild(suiteReport(r)); });
                report.appendChild(button(t("publishAnyway"), function () { publish(true); }));
              } else { failed(error); }
            });
          };
          view.append(field(t("note"), note), button(t("publish"), function () { publish(false); }, true), report);
        }
      }, failed);
    },
    history: function () {
      view.replaceChildren(heading(t("history")));
      api("GET", "releases").then(function (releases) {
        if (!releases.length) { view.appendChild(el("p", {}, t("noItems"))); return; }
        releases.forEach(function (r) {
          var section = el("section", {"class": "card"});
          section.appendChild(el("h3", {}, t("release") + " " + r.number + " · " + r.publishedAt + " · " + t("by") + " " + r.publishedBy
            + (r.note ? " · " + r.note : "")));
          r.changes.forEach(function (c) {
            var details = el("details");
            details.appendChild(el("summary", {}, c.entryId + " (" + c.author + (c.added ? ", " + t("added") : c.removed ? ", " + t("removed") : "") + ")"));
            details.appendChild(diffTable(c.changes));
            section.appendChild(details);
          });
          if (has("reviewer")) {
            section.appendChild(button(t("rollback"), function () {
              if (!window.confirm(t("confirmRollback") + (r.number - 1) + "?")) { return; }
              api("POST", "rollback", {to: r.number - 1}).then(function (result) { say(t("rolledBack") + result.number); render.history(); }, failed);
            }));
          }
          view.appendChild(section);
        });
      }, failed);
    },
    review: function () {
      var status = el("select");
      ["", "new", "in-progress", "done", "ignored"].forEach(function (s) { status.appendChild(el("option", {value: s}, s ? t(s) : t("all"))); });
      status.value = "new";
      var list = el("div");
      view.replaceChildren(heading(t("review")), field(t("status"), status), list);
      function load() {
        api("GET", "review?status=" + status.value).then(function (items) {
          if (!items.length) { list.replaceChildren(el("p", {}, t("noItems"))); return; }
          list.replaceChildren(table([t("question"), t("count"), t("reasons"), t("channels"), t("lastAsked"), t("status"), ""], items.map(function (item) {
            var q = el("div");
            q.appendChild(el("span", {lang: item.lang === "zh" ? "zh-CN" : "en"}, item.question));
            item.variants.forEach(function (v) { q.appendChild(el("div", {"class": "badge"}, v)); });
            var actions = el("div", {"class": "row"});
            if (canEdit()) {
              actions.appendChild(button(t("writeFaq"), function () {
                openEditor("faq", null, faqTemplate(item.question, item.lang, item.variants), {reviewItem: item.id});
              }));
              var target = el("input", {type: "text", list: "faq-ids", value: item.entryId || ""});
              actions.appendChild(field(t("entryId"), target));
              actions.appendChild(button(t("addVariant"), function () {
                api("POST", "review/" + item.id + "/variant", {entryId: target.value}).then(function () { say(t("saved")); location.hash = "#drafts"; }, failed);
              }));
              [["done", t("markDone")], ["ignored", t("ignore")], ["in-progress", t("inProgress")]].forEach(function (s) {
                actions.appendChild(button(s[1], function () { api("POST", "review/" + item.id, {status: s[0]}).then(load, failed); }));
              });
            }
            return [q, item.count, item.reasons.map(function (r) { return t(r); }).join(", "), item.channels.join(", "),
              item.lastAsked, t(item.status), actions];
          })));
        }, failed);
      }
      status.addEventListener("change", load);
      load();
      api("GET", "entries?kind=faq").then(function (entries) {
        var data = el("datalist", {id: "faq-ids"});
        entries.forEach(function (e) { data.appendChild(el("option", {value: e.id}, e.title[lang])); });
        view.appendChild(data);
      });
    },
    hitTest: function () {
      var form = el("form", {"class": "row"});
      var q = el("input", {type: "text", maxlength: "2000", size: "60"});
      var l = el("select");
      [["", "auto"], ["zh", "中文"], ["en", "English"]].forEach(function (o) { l.appendChild(el("option", {value: o[0]}, o[1])); });
      form.append(field(t("question"), q), field(t("language"), l), el("button", {type: "submit", "class": "btn primary"}, t("ask")));
      var out = el("div", {"aria-live": "polite"});
      view.replaceChildren(heading(t("hitTest")), form, out);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        api("POST", "hit-test", {question: q.value, lang: l.value || null}).then(function (x) {
          out.replaceChildren(
            el("p", {}, t("tier") + ": " + x.tier + " · " + x.answer.kind + (x.answer.entryId ? " · " + x.answer.entryId : "")
              + " · " + t("thresholds") + ": " + x.accept.toFixed(2) + " / " + x.clarifyFrom.toFixed(2)),
            el("div", {"class": "answer", id: "hit-answer"}, x.answer.text),
            el("h3", {}, t("candidates")),
            table([t("id"), t("titleCol"), t("cosine"), t("bm25"), t("rank"), t("fused"), t("entryThreshold"), t("inForce")], x.candidates.map(function (c) {
              return [c.candidate.entryId, c.title, c.candidate.cosine.toFixed(3), c.candidate.bm25.toFixed(2),
                c.candidate.denseRank + " / " + c.candidate.lexicalRank, c.candidate.fused.toFixed(4),
                c.threshold === null ? "—" : c.threshold, c.inForce ? "✓" : "✗"];
            })));
        }, failed);
      });
    },
    suites: function () {
      var list = el("div");
      var out = el("div", {"aria-live": "polite"});
      view.replaceChildren(heading(t("suites")), list);
      function load() {
        api("GET", "suites").then(function (suites) {
          list.replaceChildren(table([t("suiteName"), t("count"), t("author"), ""], suites.map(function (s) {
            var actions = el("div", {"class": "row"});
            actions.appendChild(button(t("run"), function () { api("POST", "suites/" + encodeURIComponent(s.name) + "/run").then(function (r) { out.replaceChildren(suiteReport(r)); }, failed); }));
            if (canEdit()) { actions.appendChild(button(t("remove"), function () { api("DELETE", "suites/" + encodeURIComponent(s.name)).then(load, failed); })); }
            return [s.name, s.cases.length, s.createdBy, actions];
          })));
        }, failed);
      }
      if (canEdit()) {
        var form = el("form", {"class": "row"});
        var name = el("input", {type: "text", maxlength: "60"});
        var file = el("input", {type: "file", accept: ".csv,.xlsx"});
        form.append(field(t("suiteName"), name), field(t("file") + " (question, expected)", file), el("button", {type: "submit", "class": "btn primary"}, t("upload")));
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          if (!file.files.length) { say(t("file") + "?", true); return; }
          fileBase64(file.files[0]).then(function (content) {
            return api("POST", "suites", {name: name.value, fileName: file.files[0].name, content: content});
          }).then(function (report) { out.replaceChildren(suiteReport(report)); load(); }, failed);
        });
        view.appendChild(form);
      }
      view.appendChild(out);
      load();
    },
    exchange: function () {
      view.replaceChildren(heading(t("exchange")));
      var exports = el("p");
      ["faq.xlsx", "faq.csv", "catalogue.xlsx", "catalogue.csv"].forEach(function (f) {
        exports.append(el("a", {href: API + "export/" + f, download: f}, t("export") + " " + f), " ");
      });
      if (has("admin")) {
        ["csv", "json"].forEach(function (f) { exports.append(el("a", {href: API + "export/questions." + f, download: "questions." + f}, t("exportQuestions") + " (" + f + ")"), " "); });
      }
      view.appendChild(exports);
      if (!canEdit()) { return; }
      var form = el("form", {"class": "row"});
      var part = el("select");
      [["faq", t("faq")], ["catalogue", t("item")]].forEach(function (o) { part.appendChild(el("option", {value: o[0]}, o[1])); });
      var file = el("input", {type: "file", accept: ".csv,.xlsx"});
      var removeMissing = el("input", {type: "checkbox", id: "remove-missing"});
      var out = el("div", {"aria-live": "polite"});
      var send = function (apply) {
        if (!file.files.length) { say(t("file") + "?", true); return; }
        fileBase64(file.files[0]).then(function (content) {
          return api("POST", "import/" + part.value, {fileName: file.files[0].name, content: content, removeMissing: removeMissing.checked, apply: apply});
        }).then(function (r) {
          out.replaceChildren(el("p", {}, r.rows + " " + t("rows") + " · " + t("added") + " " + r.added.length + " · " + t("changes") + " "
            + r.changed.length + " · " + t("unchanged") + " " + r.unchanged + " · " + t("notInSheet") + " " + r.notInSheet.length));
          out.appendChild(el("h3", {}, t("problems")));
          out.appendChild(r.problems.length ? table([t("where"), t("reason")], r.problems.map(function (p) { return [p.where, p.reason]; })) : el("p", {}, t("noProblems")));
          if (!apply && !r.problems.length && (r.added.length || r.changed.length || (r.removeMissing && r.notInSheet.length))) {
            out.appendChild(button(t("createDrafts"), function () { send(true); }, true));
          }
          if (apply && r.drafts.length) { say(t("saved") + " (" + r.drafts.length + ")"); }
        }, failed);
      };
      form.append(field(t("part"), part), field(t("file"), file), removeMissing, el("label", {"for": "remove-missing"}, t("removeMissing")));
      form.appendChild(el("button", {type: "submit", "class": "btn primary"}, t("check")));
      form.addEventListener("submit", function (event) { event.preventDefault(); send(false); });
      view.append(form, out);
    },
    dashboard: function () {
      view.replaceChildren(heading(t("dashboard")));
      api("GET", "dashboard").then(function (d) {
        var f = d.figures;
        var topicLabel = function (key) { return d.topicLabels[key] ? d.topicLabels[key][lang] : key; };
        var cards = el("div", {"class": "cards"});
        [[t("total"), f.total], [t("fallbackRate"), percent(f.fallbackRate)], [t("unansweredRate"), percent(f.unansweredRate)],
          [t("helpfulRate"), percent(f.helpfulRate) + " (" + f.helpful + "/" + (f.helpful + f.notHelpful) + ")"], [t("handoffs"), f.handoffs]]
          .forEach(function (c) { var card = el("div", {"class": "card"}); card.append(el("div", {}, c[0]), el("div", {"class": "n"}, c[1])); cards.appendChild(card); });
        view.appendChild(cards);
        var channels = Object.keys(f.byChannel);
        view.appendChild(chart(t("perDay"), f.days.map(function (day) { return {label: day.date.slice(5), parts: channels.map(function (c) { return day.byChannel[c] || 0; })}; }), channels));
        var langs = Object.keys(f.byLang);
        view.appendChild(chart(t("perDayLang"), f.days.map(function (day) { return {label: day.date.slice(5), parts: langs.map(function (l) { return day.byLang[l] || 0; })}; }), langs));
        view.appendChild(chart(t("perHour"), f.hours.map(function (n, h) { return {label: String(h), parts: channels.map(function (c) { return f.hoursByChannel[c][h]; })}; }), channels));
        view.appendChild(chart(t("byChannel"), channels.map(function (c) { return {label: c, parts: [f.byChannel[c]]}; }), [t("total")]));
        view.appendChild(chart(t("byLang"), Object.keys(f.byLang).map(function (c) { return {label: c, parts: [f.byLang[c]]}; }), [t("total")]));
        view.appendChild(el("h3", {}, t("topQuestions")));
        view.appendChild(table([t("question"), t("count")], f.topQuestions.map(function (c) { return [c.label, c.count]; })));
        view.appendChild(el("h3", {}, t("topTopics")));
        view.appendChild(table([t("group"), t("count")], f.topTopics.map(function (c) { return [topicLabel(c.label), c.count]; })));
        view.appendChild(el("h3", {}, t("trending")));
        view.appendChild(table([t("group"), t("thisWeek"), t("lastWeek"), "±"], f.trending.map(function (r) {
          return [topicLabel(r.topic), r.thisWeek, r.lastWeek, r.lastWeek ? percent((r.thisWeek - r.lastWeek) / r.lastWeek) : "new"];
        })));
        view.appendChild(el("h3", {}, t("proposed")));
        view.appendChild(f.proposedTopics.length ? table([t("group"), t("thisWeek"), t("lastWeek"), ""], f.proposedTopics.map(function (r) {
          return [topicLabel(r.topic), r.thisWeek, r.lastWeek, button(t("pin"), function () { location.hash = "#topics/" + encodeURIComponent(r.topic); })];
        })) : el("p", {}, t("noItems")));
      }, failed);
    },
    topics: function (proposed) {
      var list = el("div");
      view.replaceChildren(heading(t("topics")), list);
      function load() {
        api("GET", "hot-topics").then(function (topics) {
          list.replaceChildren(topics.length ? table([t("id"), t("label"), t("topicQuestion"), ""], topics.map(function (topic) {
            return [topic.id, topic.label.zh + " / " + topic.label.en, topic.question.zh + " / " + topic.question.en,
              button(t("unpin"), function () { api("DELETE", "hot-topics/" + encodeURIComponent(topic.id)).then(load, failed); })];
          })) : el("p", {}, t("noItems")));
        }, failed);
      }
      var form = el("form");
      var id = el("input", {type: "text", maxlength: "41", value: proposed || ""});
      var labelZh = el("input", {type: "text", maxlength: "20", lang: "zh-CN"});
      var labelEn = el("input", {type: "text", maxlength: "40", lang: "en"});
      var questionZh = el("input", {type: "text", maxlength: "100", lang: "zh-CN"});
      var questionEn = el("input", {type: "text", maxlength: "200", lang: "en"});
      var labels = el("div", {"class": "pair"});
      labels.append(field(t("label") + " · 中文", labelZh), field(t("label") + " · English", labelEn));
      var questions = el("div", {"class": "pair"});
      questions.append(field(t("topicQuestion") + " · 中文", questionZh), field(t("topicQuestion") + " · English", questionEn));
      form.append(field(t("id"), id), labels, questions, el("button", {type: "submit", "class": "btn primary"}, t("pin")));
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        api("POST", "hot-topics", {id: id.value, label: {zh: labelZh.value, en: labelEn.value}, question: {zh: questionZh.value, en: questionEn.value}})
          .then(function () { say(t("saved")); load(); }, failed);
      });
      view.appendChild(form);
      load();
    },
    accounts: function () {
      view.replaceChildren(heading(t("accounts")));
      if (!has("admin")) { view.appendChild(el("p", {}, "admin")); return; }
      var list = el("div");
      function load() {
        api("GET", "accounts").then(function (accounts) {
          list.replaceChildren(table([t("name"), t("roles"), t("at"), t("actor"), ""], accounts.map(function (a) {
            return [a.name, a.roles.join(", "), a.created, a.createdBy,
              button(t("remove"), function () { api("DELETE", "accounts/" + encodeURIComponent(a.name)).then(load, failed); })];
          })));
        }, failed);
      }
      var form = el("form");
      var name = el("input", {type: "text", maxlength: "40", autocomplete: "off"});
      var password = el("input", {type: "password", autocomplete: "new-password"});
      var roles = el("fieldset");
      roles.appendChild(el("legend", {}, t("roles")));
      var boxes = ["editor", "reviewer", "admin"].map(function (role) {
        var box = el("input", {type: "checkbox", value: role, id: "role-" + role});
        roles.append(box, el("label", {"for": "role-" + role, style: "display:inline;margin-right:12px"}, " " + role));
        return box;
      });
      form.append(field(t("name"), name), field(t("password"), password), roles, el("button", {type: "submit", "class": "btn primary"}, t("save")));
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        api("POST", "accounts", {name: name.value, password: password.value, roles: boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; })})
          .then(function () { say(t("saved")); password.value = ""; load(); }, failed);
      });
      view.append(list, form);
      load();
    },
    settings: function () {
      view.replaceChildren(heading(t("settings")));
      api("GET", "settings").then(function (v) {
        var fields = [["acceptZh", "acceptZh"], ["clarifyZh", "clarifyZh"], ["acceptEn", "acceptEn"], ["clarifyEn", "clarifyEn"]];
        var form = el("form");
        var hours = el("input", {type: "text", maxlength: "11", placeholder: v.configured.officeHours});
        hours.value = v.set.officeHours || "";
        var days = el("select");
        [["", t("asConfigured") + " (" + (v.configured.workingDaysOnly ? t("yes") : t("no")) + ")"], ["true", t("yes")], ["false", t("no")]]
          .forEach(function (o) { days.appendChild(el("option", {value: o[0]}, o[1])); });
        days.value = v.set.workingDaysOnly === null || v.set.workingDaysOnly === undefined ? "" : String(v.set.workingDaysOnly);
        form.append(field(t("officeHours"), hours), field(t("workingDaysOnly"), days));
        var thresholds = el("fieldset");
        thresholds.appendChild(el("legend", {}, t("thresholdsTitle")));
        var inputs = {};
        fields.forEach(function (f) {
          var input = el("input", {type: "number", step: "0.01", min: "0.5", max: "1", placeholder: String(v.configured.answering[f[0]])});
          input.value = v.set[f[0]] === null || v.set[f[0]] === undefined ? "" : String(v.set[f[0]]);
          inputs[f[0]] = input;
          thresholds.appendChild(field(f[1] + " (" + t("configuredValue") + " " + v.configured.answering[f[0]] + ", "
            + t("inEffect") + " " + v.effective.answering[f[0]] + ")", input));
        });
        form.appendChild(thresholds);
        if (has("admin")) {
          form.appendChild(el("button", {type: "submit", "class": "btn primary"}, t("save")));
          form.addEventListener("submit", function (event) {
            event.preventDefault();
            var body = {officeHours: hours.value || null, workingDaysOnly: days.value === "" ? null : days.value === "true"};
            fields.forEach(function (f) { body[f[0]] = inputs[f[0]].value === "" ? null : Number(inputs[f[0]].value); });
            api("POST", "settings", body).then(function () { render.settings(); say(t("settingsSaved")); }, failed);
          });
        } else {
          form.querySelectorAll("input,select").forEach(function (x) { x.disabled = true; });
        }
        view.appendChild(form);
        view.appendChild(el("p", {}, t("inEffect") + ": " + v.effective.officeHours + ", " + t("workingDaysOnly") + " "
          + (v.effective.workingDaysOnly ? t("yes") : t("no"))));
      }, failed);
    },
    audit: function () {
      view.replaceChildren(heading(t("audit")));
      api("GET", "audit?limit=500").then(function (events) {
        view.appendChild(table([t("at"), t("actor"), t("action"), t("subject"), t("detail")], events.map(function (e) {
          return [e.at, e.actor, e.action, e.subject, e.detail];
        })));
      }, failed);
    }
  };

  function suiteReport(report) {
    var section = el("section", {"class": "card"});
    section.appendChild(el("h3", {}, report.suite + ": " + report.passed + " " + t("passed") + ", " + report.failed + " " + t("failed")));
    section.appendChild(table([t("question"), t("expected"), t("got"), t("tier"), ""], report.results.map(function (r) {
      return [r.question, r.expected, r.got, r.tier, el("span", {"class": r.passed ? "pass" : "fail"}, r.passed ? t("passed") : t("failed"))];
    })));
    return section;
  }

  /* A bar chart as SVG (stacked when there are several series), with its numbers in a table below. */
  function chart(title, bars, series) {
    var colors = ["#b3121f", "#1a5fb4", "#26a269", "#a36800", "#613583"];
    var box = el("figure", {"class": "chart"});
    box.appendChild(el("figcaption", {}, title));
    var max = Math.max(1, Math.max.apply(null, bars.map(function (b) { return b.parts.reduce(function (a, x) { return a + x; }, 0); })));
    var width = Math.max(300, bars.length * 32), height = 160;
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 " + width + " " + (height + 20));
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", title + ": " + bars.map(function (b) { return b.label + " " + b.parts.reduce(function (a, x) { return a + x; }, 0); }).join(", "));
    var step = width / Math.max(1, bars.length);
    bars.forEach(function (bar, i) {
      var y = height;
      bar.parts.forEach(function (value, s) {
        var h = height * value / max;
        var rect = document.createElementNS(ns, "rect");
        rect.setAttribute("x", String(i * step + 4));
        rect.setAttribute("width", String(Math.max(2, step - 8)));
        rect.setAttribute("y", String(y - h));
        rect.setAttribute("height", String(h));
        rect.setAttribute("fill", colors[s % colors.length]);
        svg.appendChild(rect);
        y -= h;
      });
      var text = document.createElementNS(ns, "text");
      text.setAttribute("x", String(i * step + step / 2));
      text.setAttribute("y", String(height + 15));
      text.setAttribute("text-anchor", "middle");
      text.setAttribute("font-size", "11");
      text.textContent = bar.label;
      svg.appendChild(text);
    });
    box.appendChild(svg);
    if (series.length > 1) {
      var legend = el("p");
      series.forEach(function (s, i) { legend.append(el("span", {style: "color:" + colors[i % colors.length]}, "■ "), s + "  "); });
      box.appendChild(legend);
    }
    var details = el("details");
    details.appendChild(el("summary", {}, t("data")));
    details.appendChild(table([""].concat(series), bars.map(function (b) { return [b.label].concat(b.parts); })));
    box.appendChild(details);
    return box;
  }

  function navigation() {
    var nav = document.getElementById("nav");
    nav.setAttribute("aria-label", t("nav"));
    nav.replaceChildren();
    VIEWS.forEach(function (name) {
      if (name === "accounts" && !has("admin")) { return; }
      nav.appendChild(el("a", {href: "#" + name, id: "nav-" + name}, t(name)));
    });
  }

  function route() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, "")) || "entries";
    var parts = hash.split("/");
    var name = parts[0];
    document.querySelectorAll("#nav a").forEach(function (a) {
      if (a.id === "nav-" + name) { a.setAttribute("aria-current", "page"); } else { a.removeAttribute("aria-current"); }
    });
    say("");
    if (name === "entry" && parts[1]) { render.entry(parts.slice(1).join("/")); }
    else if (name === "topics") { render.topics(parts[1]); }
    else if (render[name]) { render[name](); }
    else { render.entries(); }
    view.focus();
  }

  function labels() {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.getElementById("title").textContent = t("title");
    document.getElementById("lang").textContent = t("lang");
    document.getElementById("inbox-link").textContent = t("inbox");
    document.getElementById("who").textContent = t("signedIn") + me.name + " (" + me.roles.join(", ") + ")";
    navigation();
  }

  document.getElementById("lang").addEventListener("click", function () {
    lang = lang === "zh" ? "en" : "zh";
    localStorage.setItem("longhua-console-lang", lang);
    labels();
    route();
  });
  window.addEventListener("hashchange", route);
  api("GET", "me").then(function (who) {
    me = who;
    labels();
    route();
  }, failed);
})();
