// The kiosk: the widget in kiosk mode. The idle time can be set per kiosk with ?idle=<seconds>.
window.LonghuaAssistant = {
  mode: "kiosk",
  idleSeconds: Number(new URLSearchParams(location.search).get("idle")) || 120,
  topics: [
    {zh: "申请政府信息公开", en: "Request government information", ask: {zh: "怎么申请政府信息公开", en: "How do I request government information?"}},
    {zh: "低保与社会救助", en: "Minimum living allowance", ask: {zh: "低保怎么申请", en: "How do I apply for the minimum living allowance?"}},
    {zh: "孩子上学", en: "School admission", ask: {zh: "非深户孩子怎么上小学", en: "Can my child start primary school without Shenzhen hukou?"}},
    {zh: "户口与居住证", en: "Hukou and residence permit", ask: {zh: "居住证怎么办", en: "How do I get a residence permit?"}},
    {zh: "社保", en: "Social insurance", ask: {zh: "城乡居民养老保险怎么参保", en: "How do I join the residents' pension insurance?"}},
    {zh: "公租房", en: "Public rental housing", ask: {zh: "申请公租房需要什么条件", en: "Who can apply for public rental housing?"}},
    {zh: "开办企业", en: "Starting a business", ask: {zh: "我要开公司", en: "I want to start a business"}},
    {zh: "宝宝出生", en: "Having a baby", ask: {zh: "我们准备生孩子", en: "We are having a baby"}},
    {zh: "办事大厅", en: "Service halls", ask: {zh: "街道办事大厅在哪里几点上班", en: "Where is the service hall and when is it open?"}}
  ],
  phrases: {
    zh: ["怎么申请", "需要什么材料", "多久", "在哪里办", "要收费吗", "条件"],
    en: ["how do I apply", "what documents", "how long", "where", "is there a fee", "who can apply"]
  }
};

