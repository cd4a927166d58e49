window.LonghuaAssistant = {position: "right"};
