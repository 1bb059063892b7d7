// The toolbar icon opens the side panel, as Closeward's does.
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
