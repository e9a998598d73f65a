/**
 * embed.js, the partner loader. It turns `<div data-byline-article="slug">` (optional
 * `data-theme`, `data-key`) into the card iframe, and upgrades iframes from oEmbed `html`
 * (`data-byline-embed`), swapping in a fresh iframe: re-pointing one whose card has already
 * loaded would change only its fragment, so the card would never see its secret nor its new
 * sandbox. Each embed gets a random secret in its URL fragment; a height
 * message is accepted only from Byline's origin, from that very frame, with that secret, and
 * clamped to 100–2000 px. Loading it twice only rescans the page.
 */

export const MIN_EMBED_HEIGHT = 100;
export const MAX_EMBED_HEIGHT = 2000;

const SOURCE = `(function(w,d){var O=__ORIGIN__;if(w.__bylineEmbed){w.__bylineEmbed.scan();return}
var frames=Object.create(null);
function secret(){var a=new Uint8Array(16);crypto.getRandomValues(a);return Array.prototype.map.call(a,function(b){return("0"+b.toString(16)).slice(-2)}).join("")}
function wire(f,src){var s=secret(),n=f.parentNode?f.cloneNode(false):f;frames[s]=n;n.setAttribute("data-byline-ready","");n.setAttribute("sandbox","allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");n.src=src.split("#")[0]+"#secret="+s;if(n!==f)f.parentNode.replaceChild(n,f)}
function scan(){var i,el,f,q,v,divs=d.querySelectorAll("div[data-byline-article]:not([data-byline-ready])");
for(i=0;i<divs.length;i++){el=divs[i];v=el.getAttribute("data-byline-article");if(!v)continue;q=[];
if(el.getAttribute("data-theme"))q.push("theme="+encodeURIComponent(el.getAttribute("data-theme")));
if(el.getAttribute("data-key"))q.push("key="+encodeURIComponent(el.getAttribute("data-key")));
f=d.createElement("iframe");f.className="byline-embed";f.title=el.getAttribute("data-title")||"Embedded article";f.setAttribute("loading","lazy");
f.style.cssText="display:block;width:100%;max-width:720px;border:0;height:360px";el.setAttribute("data-byline-ready","");
wire(f,O+"/embed/"+encodeURIComponent(v)+(q.length?"?"+q.join("&"):""));el.appendChild(f)}
var fr=d.querySelectorAll("iframe[data-byline-embed]:not([data-byline-ready])");
for(i=0;i<fr.length;i++)if(fr[i].src.indexOf(O+"/embed/")===0)wire(fr[i],fr[i].src)}
w.addEventListener("message",function(e){var m=e.data,f;if(e.origin!==O||!m||m.type!=="byline:height"||typeof m.secret!=="string")return;
f=frames[m.secret];if(!f||f.contentWindow!==e.source)return;
var h=Math.max(${MIN_EMBED_HEIGHT},Math.min(${MAX_EMBED_HEIGHT},Math.ceil(Number(m.height))||0));f.style.height=h+"px";f.setAttribute("height",String(h))});
w.__bylineEmbed={scan:scan};if(d.readyState==="loading")d.addEventListener("DOMContentLoaded",scan);else scan()})(window,document);
`;

/** embed.js for a Byline served at `origin`. */
export function loaderScript(origin: string): string {
  return SOURCE.replace('__ORIGIN__', JSON.stringify(origin));
}
