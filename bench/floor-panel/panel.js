// What any side panel does at least: run a module and put something in the DOM.
document.getElementById('app').textContent = 'Nothing due today.';
performance.mark('floor:shown');
