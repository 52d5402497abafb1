"""The inline stylesheet and script of the HTML report (:mod:`reconcile.render.html`).

Static text, kept apart from the code that builds the page: the script builds a source's claim
and fact markup from its ``data-ops`` when the source is first opened or linked to, and filters
and sorts the findings; the page embeds both, so it needs no external resource.
"""

CSS = """
:root{--fg:#1d1d1f;--muted:#666;--line:#ddd;--bg:#fff;--card:#fafafa;
--conflict:#c62828;--agreement:#2e7d32;--variant:#b26a00;--single:#1565c0}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",
"DejaVu Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header.page,main{max-width:80rem;margin:0 auto;padding:0 1rem}
header.page{display:flex;gap:1rem;align-items:baseline;border-bottom:1px solid var(--line)}
h1{font-size:1.25rem;margin:.4rem 0}h2{font-size:1.1rem;margin:.8rem 0 .3rem}
h3{font-size:1rem;margin:.4rem 0}h4{margin:0 0 .2rem;font-size:.95rem}
.meta{color:var(--muted);font-size:.8rem;overflow-wrap:anywhere;margin:0}
p{margin:.3rem 0}
.stat{font-size:1rem}
ul.counts,ul.chips{list-style:none;padding:0;margin:.3rem 0;display:flex;gap:.5rem;flex-wrap:wrap}
ul.counts li{border:1px solid var(--line);border-radius:.4rem;padding:.1rem .6rem}
ul.counts a{color:inherit;text-decoration:none}
ul.chips li{font-size:.85rem;background:var(--card);border:1px solid var(--line);
border-radius:.3rem;padding:0 .4rem}
.chips .anchor{color:var(--muted)}
.count-conflict strong{color:var(--conflict)}.count-agreement strong{color:var(--agreement)}
.count-variant strong{color:var(--variant)}.count-single_source strong{color:var(--single)}
table{border-collapse:collapse;margin:.4rem 0;font-size:.85rem}
th,td{border:1px solid var(--line);padding:.15rem .4rem;vertical-align:top;text-align:start}
caption{text-align:start;color:var(--muted);font-size:.8rem}
.scroll{overflow-x:auto}
.controls{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;padding:.3rem .5rem;
background:var(--card);border:1px solid var(--line);border-radius:.4rem;margin-bottom:.4rem;
font-size:.85rem}
.finding{border:1px solid var(--line);border-inline-start:6px solid var(--muted);
border-radius:.3rem;padding:.2rem .6rem;margin:.3rem 0;background:var(--bg)}
.finding.conflict{border-inline-start-color:var(--conflict);padding:.3rem .6rem}
.finding.agreement{border-inline-start-color:var(--agreement)}
.finding.variant{border-inline-start-color:var(--variant)}
.finding.single_source{border-inline-start-color:var(--single)}
.finding header{font-size:.9rem}
.fid{font-weight:700}.slot{color:var(--muted)}.who{color:var(--muted);font-size:.9rem}
.note{font-size:.8rem;font-style:italic;color:var(--muted);margin:0}
.severity{font-weight:700;text-transform:uppercase;font-size:.75rem;padding:0 .35rem;
border-radius:.3rem;background:#eee;color:#333}
.severity.high{background:var(--conflict);color:#fff}.severity.medium{background:#f9a825}
.severity.low{background:#b3e5fc}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:.2rem .8rem}
.side ul,.finding ul{list-style:none;margin:0;padding:0}
li.evidence{display:flex;gap:.35rem;align-items:baseline;margin:.05rem 0}
li.evidence>.lang,li.evidence>a{flex:none;font-size:.8rem}
blockquote.quote{margin:0;flex:1;min-width:0}
.value{font-weight:700}
.lang{display:inline-block;font:700 .7rem/1.4 ui-monospace,monospace;padding:0 .25rem;
border-radius:.25rem;background:#e0e0e0;color:#222;text-transform:uppercase}
details>summary{cursor:pointer}
details.group,#sources-details,#clusters,#coverage{border-top:1px solid var(--line);padding:.2rem 0}
details.group>summary,#sources-details>summary,#clusters>summary,#coverage>summary{font-weight:700}
details.more,details.why{display:inline;font-size:.85rem}
details.more[open],details.why[open]{display:block}
details.more>summary,details.why>summary{display:inline;color:var(--muted);margin-inline-start:.4rem}
ul li{overflow-wrap:anywhere}
details.why ul{font-size:.8rem;color:var(--muted);list-style:disc;padding-inline-start:1.2rem}
mark{background:none;color:inherit;padding:0 .1rem;border-radius:.2rem}
mark.fact-date{background:#d6ecff}mark.fact-money{background:#d7f5d7}
mark.fact-number,mark.fact-quantity{background:#fff1b8}
mark.fact-duration,mark.fact-ordinal{background:#eadfff}
mark.fact-entity{text-decoration:underline dotted #7b1fa2 2px;text-underline-offset:3px}
mark.hit{outline:2px solid var(--conflict);font-weight:700;background:#ffe0e0}
.cluster ul{list-style:none;padding:0;margin:0}.sim{font-weight:700;font-size:.8rem}
#coverage-matrix td.absent{color:#aaa;text-align:center}
#coverage-matrix tr.row-conflict td.has{background:#ffe0e0}
#coverage-matrix tr.row-variant td.has{background:#fff3d6}
#coverage-matrix tr.row-agreement td.has{background:#e2f4e2}
a.status{font-size:.75rem;margin-inline-start:.3rem}
details.source{border-top:1px solid var(--line);padding:.2rem 0}
.source .text{white-space:pre-wrap;line-height:1.7}
pre.front-matter{background:var(--card);color:var(--muted);font-size:.8rem;margin:.2rem 0;
white-space:pre-wrap}
span.claim{border-bottom:1px dashed #999}
span.claim:target,.claim-anchor:target+span.claim{background:#fff59d;outline:2px solid #f9a825}
.filtered-out{display:none}
@media print{
.controls,#match-count{display:none}
.filtered-out{display:block}
body{font-size:10pt}
.finding,.cluster,tr,li{break-inside:avoid}
h2{break-after:avoid}
mark,.severity,.lang,#coverage-matrix td{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
}
"""

JS = r"""
(function(){
var dataEl=document.getElementById('report-data'),data=dataEl?JSON.parse(dataEl.textContent):null;
function all(sel,root){return Array.prototype.slice.call((root||document).querySelectorAll(sel));}
function put(parent,t,a,b){if(b>a)parent.appendChild(document.createTextNode(t.slice(a,b)));}
function build(div){
if(!div||div.hasAttribute('data-built'))return;
var ops=(data&&data.sources[div.parentElement.id])||[],t=div.textContent,
out=document.createDocumentFragment(),pos=0;
ops.forEach(function(op){
if(op[0]==='a'){var a=document.createElement('a');a.className='claim-anchor';a.id=op[1];
out.appendChild(a);return;}
put(out,t,pos,op[1]);var sp=document.createElement('span');sp.className='claim';
sp.id=op[3];sp.title=op[4];sp.setAttribute('data-claim',op[4]);var p=op[1];
op[5].forEach(function(m){put(sp,t,p,m[0]);var k=document.createElement('mark');
k.className='fact fact-'+m[2];k.title=m[2]+' = '+m[3];put(k,t,m[0],m[1]);sp.appendChild(k);p=m[1];});
put(sp,t,p,op[2]);out.appendChild(sp);pos=op[2];});
put(out,t,pos,t.length);div.textContent='';div.appendChild(out);div.setAttribute('data-built','');}
function openUp(t){for(var p=t;p;p=p.parentElement){if(p.tagName==='DETAILS'){p.open=true;
build(p.querySelector(':scope>.text'));}}}
function reveal(id){
if(!id)return null;var t=document.getElementById(id);
if(!t&&data){all('details.source>.text').forEach(function(div){
if(!t&&JSON.stringify(data.sources[div.parentElement.id]||[]).indexOf('"'+id+'"')>=0){
build(div);t=document.getElementById(id);}});}
if(!t&&/^cluster-/.test(id)){buildLazy(document.getElementById('clusters'));t=document.getElementById(id);}
if(t)openUp(t);return t;}
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;
if(text!=null)e.textContent=text;return e;}
function link(href,text){var a=el('a',null,text);a.href='#'+href;return a;}
function badge(l){return el('span','lang',l);}
function dir(e,l){e.dir=l==='ar'?'rtl':'auto';if(l&&l!=='und')e.lang=l;return e;}
var lazy={clusters:function(box){var member={};data.clusters.forEach(function(k){
k[3].forEach(function(m){(member[m[0]]=member[m[0]]||[]).push(k);});});
data.clusters.forEach(function(k){
var s=el('section','cluster');s.id=k[0];var langs=[];s.appendChild(el('h3',null,k[1]+' \u00b7 similarity '+k[2].toFixed(2)));
var ul=el('ul');k[3].forEach(function(m){var c=data.claims[m[0]],li=el('li');langs.push(c[1]);
li.appendChild(badge(c[1]));li.appendChild(document.createTextNode(' '));
li.appendChild(link(c[3],c[0]+' \u00b7 '+m[0]));li.appendChild(document.createTextNode(' '));
li.appendChild(el('span','sim',m[1].toFixed(2)));li.appendChild(document.createTextNode(' '));
li.appendChild(dir(el('span','claim-text',c[2]),c[1]));
var also=member[m[0]].filter(function(o){return o!==k;});
if(also.length){var sm=el('small','also',' also in ');also.forEach(function(o,i){
if(i)sm.appendChild(document.createTextNode(', '));sm.appendChild(link(o[0],o[1]));});li.appendChild(sm);}
ul.appendChild(li);});
s.setAttribute('data-langs',langs.join(' '));s.appendChild(ul);box.appendChild(s);});},
coverage:function(box){var cv=data.coverage,t=el('table'),hr=el('tr');t.id='coverage-matrix';
hr.appendChild(el('th',null,'fact'));cv.docs.forEach(function(d){var th=el('th',null,d[0]+' ');
th.appendChild(badge(d[1]));hr.appendChild(th);});var th=el('thead');th.appendChild(hr);t.appendChild(th);
var tb=el('tbody');cv.rows.forEach(function(r){var tr=el('tr','row-'+(r[1]||'none')),h=el('th',null,r[0]);
h.scope='row';if(r[2]){var a=link(r[2],r[1].replace('_','-'));a.className='status '+r[1];
h.appendChild(document.createTextNode(' '));h.appendChild(a);}tr.appendChild(h);
r[3].forEach(function(v){tr.appendChild(v.length?el('td','has',v.join(', ')):el('td','absent','\u2014'));});
tb.appendChild(tr);});t.appendChild(tb);box.appendChild(t);}};
function buildLazy(d){if(!data||!d||d.hasAttribute('data-built')||!lazy[d.id])return;
var box=d.querySelector('.built');box.textContent='';lazy[d.id](box);d.setAttribute('data-built','');}
all('details.lazy').forEach(function(d){d.addEventListener('toggle',function(){if(d.open)buildLazy(d);});});
all('details.source').forEach(function(d){d.addEventListener('toggle',function(){
if(d.open)build(d.querySelector(':scope>.text'));});});
document.addEventListener('click',function(ev){
var a=ev.target.closest&&ev.target.closest('a[href^="#"]');if(a)reveal(a.getAttribute('href').slice(1));});
function fromHash(){var el=reveal(decodeURIComponent(location.hash.slice(1)));
if(el)el.scrollIntoView({block:'center'});}
window.addEventListener('hashchange',fromHash);if(location.hash)fromHash();
window.addEventListener('beforeprint',function(){all('details').forEach(function(d){d.open=true;});
all('details.lazy').forEach(buildLazy);all('details.source>.text').forEach(build);});
var items=all('.finding'),groups=all('.finding-group');
var q=document.getElementById('search'),fk=document.getElementById('filter-kind'),
fs=document.getElementById('filter-severity'),fl=document.getElementById('filter-lang'),
so=document.getElementById('sort'),count=document.getElementById('match-count');
if(!q)return;
function has(list,v){return (' '+list+' ').indexOf(' '+v+' ')>=0;}
function apply(){
var t=q.value.trim().toLowerCase(),n=0,active=t||fk.value||fs.value||fl.value;
items.forEach(function(el){
var ok=(!fk.value||el.dataset.kind===fk.value)&&(!fs.value||el.dataset.severity===fs.value)&&
(!fl.value||has(el.dataset.langs,fl.value))&&(!t||el.textContent.toLowerCase().indexOf(t)>=0);
el.classList.toggle('filtered-out',!ok);if(ok){n++;if(active){var g=el.closest('details.group');if(g)g.open=true;}
if(t)all('details.more',el).forEach(function(d){d.open=true;});}});
all('#clusters .cluster').forEach(function(el){
var ok=(!fl.value||has(el.dataset.langs,fl.value))&&(!t||el.textContent.toLowerCase().indexOf(t)>=0);
el.classList.toggle('filtered-out',!ok);});
count.textContent=n+' of '+items.length+' findings shown';}
function num(el,k){return parseInt(el.dataset[k],10);}
var keys={kind:['kindRank','sevRank','order'],severity:['sevRank','kindRank','order'],
slot:['slot','kindRank','sevRank','order'],id:['order']};
function sort(){
var ks=keys[so.value]||keys.kind;
groups.forEach(function(list){
all(':scope>.finding',list).sort(function(a,b){
for(var i=0;i<ks.length;i++){var k=ks[i],x,y;
if(so.value==='id'){x=a.id;y=b.id;var c=x.localeCompare(y,undefined,{numeric:true});if(c)return c;continue;}
if(k==='slot'){x=a.dataset.slot;y=b.dataset.slot;if(x!==y)return x<y?-1:1;continue;}
x=num(a,k);y=num(b,k);if(x!==y)return x-y;}
return 0;}).forEach(function(el){list.appendChild(el);});});}
[q,fk,fs,fl].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply);});
so.addEventListener('change',sort);
apply();
})();
"""
