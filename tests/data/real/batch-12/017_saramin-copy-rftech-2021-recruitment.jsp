<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html lang="ko"><head>
        <title>[(주)알에프텍] 2021년 부문별 신입 및 경력사원 모집(오늘 마감) - 사람인</title>    <meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><script type="text/javascript" async="" src="https://www.google-analytics.com/analytics.js"></script><script type="text/javascript" async="" src="https://www.google-analytics.com/plugins/ua/ec.js"></script><script type="text/javascript" src="https://bam-cell.nr-data.net/1/03a1f7dfe5?a=443261373&amp;v=1208.49599aa&amp;to=YFJaMkNTDBIFAUJfWVkYeQVFWw0PSwhZVEUYRV0KUEtNEQsSG0BfUkA%3D&amp;rst=1198&amp;ck=1&amp;ref=https://www.saramin.co.kr/zf_user/jobs/relay/pop-view&amp;ap=449&amp;be=631&amp;fe=1196&amp;dc=919&amp;af=err,xhr,stn,ins&amp;perf=%7B%22timing%22:%7B%22of%22:1622000018275,%22n%22:0,%22f%22:34,%22dn%22:34,%22dne%22:34,%22c%22:34,%22ce%22:34,%22rq%22:115,%22rp%22:592,%22rpe%22:596,%22dl%22:602,%22di%22:916,%22ds%22:916,%22de%22:920,%22dc%22:1194,%22l%22:1194,%22le%22:1195%7D,%22navigation%22:%7B%7D%7D&amp;fp=720&amp;fcp=720&amp;at=TBVZRAtJHxw%3D&amp;jsonp=NREUM.setToken"></script><script src="https://js-agent.newrelic.com/nr-1208.min.js"></script><script type="text/javascript" async="" src="https://www.googletagmanager.com/gtag/js?id=G-GR2XRGQ0FK&amp;l=dataLayer&amp;cx=c"></script><script async="" src="https://www.googletagmanager.com/gtm.js?id=GTM-MK2GBBH"></script><script type="text/javascript" async="" src="https://www.google-analytics.com/gtm/js?id=GTM-KN35GK2&amp;cid=2122791467.1621842374"></script><script type="text/javascript" async="" src="https://www.google-analytics.com/plugins/ua/linkid.js"></script><script async="" src="https://www.google-analytics.com/analytics.js"></script><script type="text/javascript">(window.NREUM||(NREUM={})).loader_config={xpid:"VgMEUFRbDRAEUFJQAQAEUVc=",licenseKey:"03a1f7dfe5",applicationID:"443261373"};window.NREUM||(NREUM={}),__nr_require=function(t,e,n){function r(n){if(!e[n]){var i=e[n]={exports:{}};t[n][0].call(i.exports,function(e){var i=t[n][1][e];return r(i||e)},i,i.exports)}return e[n].exports}if("function"==typeof __nr_require)return __nr_require;for(var i=0;i<n.length;i++)r(n[i]);return r}({1:[function(t,e,n){function r(t){try{c.console&&console.log(t)}catch(e){}}var i,o=t("ee"),a=t(24),c={};try{i=localStorage.getItem("__nr_flags").split(","),console&&"function"==typeof console.log&&(c.console=!0,i.indexOf("dev")!==-1&&(c.dev=!0),i.indexOf("nr_dev")!==-1&&(c.nrDev=!0))}catch(s){}c.nrDev&&o.on("internal-error",function(t){r(t.stack)}),c.dev&&o.on("fn-err",function(t,e,n){r(n.stack)}),c.dev&&(r("NR AGENT IN DEVELOPMENT MODE"),r("flags: "+a(c,function(t,e){return t}).join(", ")))},{}],2:[function(t,e,n){function r(t,e,n,r,c){try{p?p-=1:i(c||new UncaughtException(t,e,n),!0)}catch(f){try{o("ierr",[f,s.now(),!0])}catch(d){}}return"function"==typeof u&&u.apply(this,a(arguments))}function UncaughtException(t,e,n){this.message=t||"Uncaught error with no additional information",this.sourceURL=e,this.line=n}function i(t,e){var n=e?null:s.now();o("err",[t,n])}var o=t("handle"),a=t(25),c=t("ee"),s=t("loader"),f=t("gos"),u=window.onerror,d=!1,l="nr@seenError",p=0;s.features.err=!0,t(1),window.onerror=r;try{throw new Error}catch(h){"stack"in h&&(t(9),t(8),"addEventListener"in window&&t(5),s.xhrWrappable&&t(10),d=!0)}c.on("fn-start",function(t,e,n){d&&(p+=1)}),c.on("fn-err",function(t,e,n){d&&!n[l]&&(f(n,l,function(){return!0}),this.thrown=!0,i(n))}),c.on("fn-end",function(){d&&!this.thrown&&p>0&&(p-=1)}),c.on("internal-error",function(t){o("ierr",[t,s.now(),!0])})},{}],3:[function(t,e,n){t("loader").features.ins=!0},{}],4:[function(t,e,n){function r(t){}if(window.performance&&window.performance.timing&&window.performance.getEntriesByType){var i=t("ee"),o=t("handle"),a=t(9),c=t(8),s="learResourceTimings",f="addEventListener",u="resourcetimingbufferfull",d="bstResource",l="resource",p="-start",h="-end",m="fn"+p,w="fn"+h,v="bstTimer",g="pushState",y=t("loader");y.features.stn=!0,t(7),"addEventListener"in window&&t(5);var x=NREUM.o.EV;i.on(m,function(t,e){var n=t[0];n instanceof x&&(this.bstStart=y.now())}),i.on(w,function(t,e){var n=t[0];n instanceof x&&o("bst",[n,e,this.bstStart,y.now()])}),a.on(m,function(t,e,n){this.bstStart=y.now(),this.bstType=n}),a.on(w,function(t,e){o(v,[e,this.bstStart,y.now(),this.bstType])}),c.on(m,function(){this.bstStart=y.now()}),c.on(w,function(t,e){o(v,[e,this.bstStart,y.now(),"requestAnimationFrame"])}),i.on(g+p,function(t){this.time=y.now(),this.startPath=location.pathname+location.hash}),i.on(g+h,function(t){o("bstHist",[location.pathname+location.hash,this.startPath,this.time])}),f in window.performance&&(window.performance["c"+s]?window.performance[f](u,function(t){o(d,[window.performance.getEntriesByType(l)]),window.performance["c"+s]()},!1):window.performance[f]("webkit"+u,function(t){o(d,[window.performance.getEntriesByType(l)]),window.performance["webkitC"+s]()},!1)),document[f]("scroll",r,{passive:!0}),document[f]("keypress",r,!1),document[f]("click",r,!1)}},{}],5:[function(t,e,n){function r(t){for(var e=t;e&&!e.hasOwnProperty(u);)e=Object.getPrototypeOf(e);e&&i(e)}function i(t){c.inPlace(t,[u,d],"-",o)}function o(t,e){return t[1]}var a=t("ee").get("events"),c=t("wrap-function")(a,!0),s=t("gos"),f=XMLHttpRequest,u="addEventListener",d="removeEventListener";e.exports=a,"getPrototypeOf"in Object?(r(document),r(window),r(f.prototype)):f.prototype.hasOwnProperty(u)&&(i(window),i(f.prototype)),a.on(u+"-start",function(t,e){var n=t[1],r=s(n,"nr@wrapped",function(){function t(){if("function"==typeof n.handleEvent)return n.handleEvent.apply(n,arguments)}var e={object:t,"function":n}[typeof n];return e?c(e,"fn-",null,e.name||"anonymous"):n});this.wrapped=t[1]=r}),a.on(d+"-start",function(t){t[1]=this.wrapped||t[1]})},{}],6:[function(t,e,n){function r(t,e,n){var r=t[e];"function"==typeof r&&(t[e]=function(){var t=o(arguments),e={};i.emit(n+"before-start",[t],e);var a;e[m]&&e[m].dt&&(a=e[m].dt);var c=r.apply(this,t);return i.emit(n+"start",[t,a],c),c.then(function(t){return i.emit(n+"end",[null,t],c),t},function(t){throw i.emit(n+"end",[t],c),t})})}var i=t("ee").get("fetch"),o=t(25),a=t(24);e.exports=i;var c=window,s="fetch-",f=s+"body-",u=["arrayBuffer","blob","json","text","formData"],d=c.Request,l=c.Response,p=c.fetch,h="prototype",m="nr@context";d&&l&&p&&(a(u,function(t,e){r(d[h],e,f),r(l[h],e,f)}),r(c,"fetch",s),i.on(s+"end",function(t,e){var n=this;if(e){var r=e.headers.get("content-length");null!==r&&(n.rxSize=r),i.emit(s+"done",[null,e],n)}else i.emit(s+"done",[t],n)}))},{}],7:[function(t,e,n){var r=t("ee").get("history"),i=t("wrap-function")(r);e.exports=r;var o=window.history&&window.history.constructor&&window.history.constructor.prototype,a=window.history;o&&o.pushState&&o.replaceState&&(a=o),i.inPlace(a,["pushState","replaceState"],"-")},{}],8:[function(t,e,n){var r=t("ee").get("raf"),i=t("wrap-function")(r),o="equestAnimationFrame";e.exports=r,i.inPlace(window,["r"+o,"mozR"+o,"webkitR"+o,"msR"+o],"raf-"),r.on("raf-start",function(t){t[0]=i(t[0],"fn-")})},{}],9:[function(t,e,n){function r(t,e,n){t[0]=a(t[0],"fn-",null,n)}function i(t,e,n){this.method=n,this.timerDuration=isNaN(t[1])?0:+t[1],t[0]=a(t[0],"fn-",this,n)}var o=t("ee").get("timer"),a=t("wrap-function")(o),c="setTimeout",s="setInterval",f="clearTimeout",u="-start",d="-";e.exports=o,a.inPlace(window,[c,"setImmediate"],c+d),a.inPlace(window,[s],s+d),a.inPlace(window,[f,"clearImmediate"],f+d),o.on(s+u,r),o.on(c+u,i)},{}],10:[function(t,e,n){function r(t,e){d.inPlace(e,["onreadystatechange"],"fn-",c)}function i(){var t=this,e=u.context(t);t.readyState>3&&!e.resolved&&(e.resolved=!0,u.emit("xhr-resolved",[],t)),d.inPlace(t,g,"fn-",c)}function o(t){y.push(t),h&&(b?b.then(a):w?w(a):(E=-E,R.data=E))}function a(){for(var t=0;t<y.length;t++)r([],y[t]);y.length&&(y=[])}function c(t,e){return e}function s(t,e){for(var n in t)e[n]=t[n];return e}t(5);var f=t("ee"),u=f.get("xhr"),d=t("wrap-function")(u),l=NREUM.o,p=l.XHR,h=l.MO,m=l.PR,w=l.SI,v="readystatechange",g=["onload","onerror","onabort","onloadstart","onloadend","onprogress","ontimeout"],y=[];e.exports=u;var x=window.XMLHttpRequest=function(t){var e=new p(t);try{u.emit("new-xhr",[e],e),e.addEventListener(v,i,!1)}catch(n){try{u.emit("internal-error",[n])}catch(r){}}return e};if(s(p,x),x.prototype=p.prototype,d.inPlace(x.prototype,["open","send"],"-xhr-",c),u.on("send-xhr-start",function(t,e){r(t,e),o(e)}),u.on("open-xhr-start",r),h){var b=m&&m.resolve();if(!w&&!m){var E=1,R=document.createTextNode(E);new h(a).observe(R,{characterData:!0})}}else f.on("fn-end",function(t){t[0]&&t[0].type===v||a()})},{}],11:[function(t,e,n){function r(t){if(!c(t))return null;var e=window.NREUM;if(!e.loader_config)return null;var n=(e.loader_config.accountID||"").toString()||null,r=(e.loader_config.agentID||"").toString()||null,f=(e.loader_config.trustKey||"").toString()||null;if(!n||!r)return null;var h=p.generateSpanId(),m=p.generateTraceId(),w=Date.now(),v={spanId:h,traceId:m,timestamp:w};return(t.sameOrigin||s(t)&&l())&&(v.traceContextParentHeader=i(h,m),v.traceContextStateHeader=o(h,w,n,r,f)),(t.sameOrigin&&!u()||!t.sameOrigin&&s(t)&&d())&&(v.newrelicHeader=a(h,m,w,n,r,f)),v}function i(t,e){return"00-"+e+"-"+t+"-01"}function o(t,e,n,r,i){var o=0,a="",c=1,s="",f="";return i+"@nr="+o+"-"+c+"-"+n+"-"+r+"-"+t+"-"+a+"-"+s+"-"+f+"-"+e}function a(t,e,n,r,i,o){var a="btoa"in window&&"function"==typeof window.btoa;if(!a)return null;var c={v:[0,1],d:{ty:"Browser",ac:r,ap:i,id:t,tr:e,ti:n}};return o&&r!==o&&(c.d.tk=o),btoa(JSON.stringify(c))}function c(t){return f()&&s(t)}function s(t){var e=!1,n={};if("init"in NREUM&&"distributed_tracing"in NREUM.init&&(n=NREUM.init.distributed_tracing),t.sameOrigin)e=!0;else if(n.allowed_origins instanceof Array)for(var r=0;r<n.allowed_origins.length;r++){var i=h(n.allowed_origins[r]);if(t.hostname===i.hostname&&t.protocol===i.protocol&&t.port===i.port){e=!0;break}}return e}function f(){return"init"in NREUM&&"distributed_tracing"in NREUM.init&&!!NREUM.init.distributed_tracing.enabled}function u(){return"init"in NREUM&&"distributed_tracing"in NREUM.init&&!!NREUM.init.distributed_tracing.exclude_newrelic_header}function d(){return"init"in NREUM&&"distributed_tracing"in NREUM.init&&NREUM.init.distributed_tracing.cors_use_newrelic_header!==!1}function l(){return"init"in NREUM&&"distributed_tracing"in NREUM.init&&!!NREUM.init.distributed_tracing.cors_use_tracecontext_headers}var p=t(21),h=t(13);e.exports={generateTracePayload:r,shouldGenerateTrace:c}},{}],12:[function(t,e,n){function r(t){var e=this.params,n=this.metrics;if(!this.ended){this.ended=!0;for(var r=0;r<l;r++)t.removeEventListener(d[r],this.listener,!1);e.aborted||(n.duration=a.now()-this.startTime,this.loadCaptureCalled||4!==t.readyState?null==e.status&&(e.status=0):o(this,t),n.cbTime=this.cbTime,u.emit("xhr-done",[t],t),c("xhr",[e,n,this.startTime]))}}function i(t,e){var n=s(e),r=t.params;r.host=n.hostname+":"+n.port,r.pathname=n.pathname,t.parsedOrigin=s(e),t.sameOrigin=t.parsedOrigin.sameOrigin}function o(t,e){t.params.status=e.status;var n=w(e,t.lastSize);if(n&&(t.metrics.rxSize=n),t.sameOrigin){var r=e.getResponseHeader("X-NewRelic-App-Data");r&&(t.params.cat=r.split(", ").pop())}t.loadCaptureCalled=!0}var a=t("loader");if(a.xhrWrappable){var c=t("handle"),s=t(13),f=t(11).generateTracePayload,u=t("ee"),d=["load","error","abort","timeout"],l=d.length,p=t("id"),h=t(17),m=t(16),w=t(14),v=window.XMLHttpRequest;a.features.xhr=!0,t(10),t(6),u.on("new-xhr",function(t){var e=this;e.totalCbs=0,e.called=0,e.cbTime=0,e.end=r,e.ended=!1,e.xhrGuids={},e.lastSize=null,e.loadCaptureCalled=!1,t.addEventListener("load",function(n){o(e,t)},!1),h&&(h>34||h<10)||window.opera||t.addEventListener("progress",function(t){e.lastSize=t.loaded},!1)}),u.on("open-xhr-start",function(t){this.params={method:t[0]},i(this,t[1]),this.metrics={}}),u.on("open-xhr-end",function(t,e){"loader_config"in NREUM&&"xpid"in NREUM.loader_config&&this.sameOrigin&&e.setRequestHeader("X-NewRelic-ID",NREUM.loader_config.xpid);var n=f(this.parsedOrigin);if(n){var r=!1;n.newrelicHeader&&(e.setRequestHeader("newrelic",n.newrelicHeader),r=!0),n.traceContextParentHeader&&(e.setRequestHeader("traceparent",n.traceContextParentHeader),n.traceContextStateHeader&&e.setRequestHeader("tracestate",n.traceContextStateHeader),r=!0),r&&(this.dt=n)}}),u.on("send-xhr-start",function(t,e){var n=this.metrics,r=t[0],i=this;if(n&&r){var o=m(r);o&&(n.txSize=o)}this.startTime=a.now(),this.listener=function(t){try{"abort"!==t.type||i.loadCaptureCalled||(i.params.aborted=!0),("load"!==t.type||i.called===i.totalCbs&&(i.onloadCalled||"function"!=typeof e.onload))&&i.end(e)}catch(n){try{u.emit("internal-error",[n])}catch(r){}}};for(var c=0;c<l;c++)e.addEventListener(d[c],this.listener,!1)}),u.on("xhr-cb-time",function(t,e,n){this.cbTime+=t,e?this.onloadCalled=!0:this.called+=1,this.called!==this.totalCbs||!this.onloadCalled&&"function"==typeof n.onload||this.end(n)}),u.on("xhr-load-added",function(t,e){var n=""+p(t)+!!e;this.xhrGuids&&!this.xhrGuids[n]&&(this.xhrGuids[n]=!0,this.totalCbs+=1)}),u.on("xhr-load-removed",function(t,e){var n=""+p(t)+!!e;this.xhrGuids&&this.xhrGuids[n]&&(delete this.xhrGuids[n],this.totalCbs-=1)}),u.on("addEventListener-end",function(t,e){e instanceof v&&"load"===t[0]&&u.emit("xhr-load-added",[t[1],t[2]],e)}),u.on("removeEventListener-end",function(t,e){e instanceof v&&"load"===t[0]&&u.emit("xhr-load-removed",[t[1],t[2]],e)}),u.on("fn-start",function(t,e,n){e instanceof v&&("onload"===n&&(this.onload=!0),("load"===(t[0]&&t[0].type)||this.onload)&&(this.xhrCbStart=a.now()))}),u.on("fn-end",function(t,e){this.xhrCbStart&&u.emit("xhr-cb-time",[a.now()-this.xhrCbStart,this.onload,e],e)}),u.on("fetch-before-start",function(t){function e(t,e){var n=!1;return e.newrelicHeader&&(t.set("newrelic",e.newrelicHeader),n=!0),e.traceContextParentHeader&&(t.set("traceparent",e.traceContextParentHeader),e.traceContextStateHeader&&t.set("tracestate",e.traceContextStateHeader),n=!0),n}var n,r=t[1]||{};"string"==typeof t[0]?n=t[0]:t[0]&&t[0].url?n=t[0].url:window.URL&&t[0]&&t[0]instanceof URL&&(n=t[0].href),n&&(this.parsedOrigin=s(n),this.sameOrigin=this.parsedOrigin.sameOrigin);var i=f(this.parsedOrigin);if(i&&(i.newrelicHeader||i.traceContextParentHeader))if("string"==typeof t[0]||window.URL&&t[0]&&t[0]instanceof URL){var o={};for(var a in r)o[a]=r[a];o.headers=new Headers(r.headers||{}),e(o.headers,i)&&(this.dt=i),t.length>1?t[1]=o:t.push(o)}else t[0]&&t[0].headers&&e(t[0].headers,i)&&(this.dt=i)})}},{}],13:[function(t,e,n){var r={};e.exports=function(t){if(t in r)return r[t];var e=document.createElement("a"),n=window.location,i={};e.href=t,i.port=e.port;var o=e.href.split("://");!i.port&&o[1]&&(i.port=o[1].split("/")[0].split("@").pop().split(":")[1]),i.port&&"0"!==i.port||(i.port="https"===o[0]?"443":"80"),i.hostname=e.hostname||n.hostname,i.pathname=e.pathname,i.protocol=o[0],"/"!==i.pathname.charAt(0)&&(i.pathname="/"+i.pathname);var a=!e.protocol||":"===e.protocol||e.protocol===n.protocol,c=e.hostname===document.domain&&e.port===n.port;return i.sameOrigin=a&&(!e.hostname||c),"/"===i.pathname&&(r[t]=i),i}},{}],14:[function(t,e,n){function r(t,e){var n=t.responseType;return"json"===n&&null!==e?e:"arraybuffer"===n||"blob"===n||"json"===n?i(t.response):"text"===n||""===n||void 0===n?i(t.responseText):void 0}var i=t(16);e.exports=r},{}],15:[function(t,e,n){function r(){}function i(t,e,n){return function(){return o(t,[f.now()].concat(c(arguments)),e?null:this,n),e?void 0:this}}var o=t("handle"),a=t(24),c=t(25),s=t("ee").get("tracer"),f=t("loader"),u=NREUM;"undefined"==typeof window.newrelic&&(newrelic=u);var d=["setPageViewName","setCustomAttribute","setErrorHandler","finished","addToTrace","inlineHit","addRelease"],l="api-",p=l+"ixn-";a(d,function(t,e){u[e]=i(l+e,!0,"api")}),u.addPageAction=i(l+"addPageAction",!0),u.setCurrentRouteName=i(l+"routeName",!0),e.exports=newrelic,u.interaction=function(){return(new r).get()};var h=r.prototype={createTracer:function(t,e){var n={},r=this,i="function"==typeof e;return o(p+"tracer",[f.now(),t,n],r),function(){if(s.emit((i?"":"no-")+"fn-start",[f.now(),r,i],n),i)try{return e.apply(this,arguments)}catch(t){throw s.emit("fn-err",[arguments,this,t],n),t}finally{s.emit("fn-end",[f.now()],n)}}}};a("actionText,setName,setAttribute,save,ignore,onEnd,getContext,end,get".split(","),function(t,e){h[e]=i(p+e)}),newrelic.noticeError=function(t,e){"string"==typeof t&&(t=new Error(t)),o("err",[t,f.now(),!1,e])}},{}],16:[function(t,e,n){e.exports=function(t){if("string"==typeof t&&t.length)return t.length;if("object"==typeof t){if("undefined"!=typeof ArrayBuffer&&t instanceof ArrayBuffer&&t.byteLength)return t.byteLength;if("undefined"!=typeof Blob&&t instanceof Blob&&t.size)return t.size;if(!("undefined"!=typeof FormData&&t instanceof FormData))try{return JSON.stringify(t).length}catch(e){return}}}},{}],17:[function(t,e,n){var r=0,i=navigator.userAgent.match(/Firefox[\/\s](\d+\.\d+)/);i&&(r=+i[1]),e.exports=r},{}],18:[function(t,e,n){function r(){return c.exists&&performance.now?Math.round(performance.now()):(o=Math.max((new Date).getTime(),o))-a}function i(){return o}var o=(new Date).getTime(),a=o,c=t(26);e.exports=r,e.exports.offset=a,e.exports.getLastTimestamp=i},{}],19:[function(t,e,n){function r(t){return!(!t||!t.protocol||"file:"===t.protocol)}e.exports=r},{}],20:[function(t,e,n){function r(t,e){var n=t.getEntries();n.forEach(function(t){"first-paint"===t.name?d("timing",["fp",Math.floor(t.startTime)]):"first-contentful-paint"===t.name&&d("timing",["fcp",Math.floor(t.startTime)])})}function i(t,e){var n=t.getEntries();n.length>0&&d("lcp",[n[n.length-1]])}function o(t){t.getEntries().forEach(function(t){t.hadRecentInput||d("cls",[t])})}function a(t){if(t instanceof h&&!w){var e=Math.round(t.timeStamp),n={type:t.type};e<=l.now()?n.fid=l.now()-e:e>l.offset&&e<=Date.now()?(e-=l.offset,n.fid=l.now()-e):e=l.now(),w=!0,d("timing",["fi",e,n])}}function c(t){d("pageHide",[l.now(),t])}if(!("init"in NREUM&&"page_view_timing"in NREUM.init&&"enabled"in NREUM.init.page_view_timing&&NREUM.init.page_view_timing.enabled===!1)){var s,f,u,d=t("handle"),l=t("loader"),p=t(23),h=NREUM.o.EV;if("PerformanceObserver"in window&&"function"==typeof window.PerformanceObserver){s=new PerformanceObserver(r);try{s.observe({entryTypes:["paint"]})}catch(m){}f=new PerformanceObserver(i);try{f.observe({entryTypes:["largest-contentful-paint"]})}catch(m){}u=new PerformanceObserver(o);try{u.observe({type:"layout-shift",buffered:!0})}catch(m){}}if("addEventListener"in document){var w=!1,v=["click","keydown","mousedown","pointerdown","touchstart"];v.forEach(function(t){document.addEventListener(t,a,!1)})}p(c)}},{}],21:[function(t,e,n){function r(){function t(){return e?15&e[n++]:16*Math.random()|0}var e=null,n=0,r=window.crypto||window.msCrypto;r&&r.getRandomValues&&(e=r.getRandomValues(new Uint8Array(31)));for(var i,o="xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx",a="",c=0;c<o.length;c++)i=o[c],"x"===i?a+=t().toString(16):"y"===i?(i=3&t()|8,a+=i.toString(16)):a+=i;return a}function i(){return a(16)}function o(){return a(32)}function a(t){function e(){return n?15&n[r++]:16*Math.random()|0}var n=null,r=0,i=window.crypto||window.msCrypto;i&&i.getRandomValues&&Uint8Array&&(n=i.getRandomValues(new Uint8Array(31)));for(var o=[],a=0;a<t;a++)o.push(e().toString(16));return o.join("")}e.exports={generateUuid:r,generateSpanId:i,generateTraceId:o}},{}],22:[function(t,e,n){function r(t,e){if(!i)return!1;if(t!==i)return!1;if(!e)return!0;if(!o)return!1;for(var n=o.split("."),r=e.split("."),a=0;a<r.length;a++)if(r[a]!==n[a])return!1;return!0}var i=null,o=null,a=/Version\/(\S+)\s+Safari/;if(navigator.userAgent){var c=navigator.userAgent,s=c.match(a);s&&c.indexOf("Chrome")===-1&&c.indexOf("Chromium")===-1&&(i="Safari",o=s[1])}e.exports={agent:i,version:o,match:r}},{}],23:[function(t,e,n){function r(t){function e(){t(a&&document[a]?document[a]:document[i]?"hidden":"visible")}"addEventListener"in document&&o&&document.addEventListener(o,e,!1)}e.exports=r;var i,o,a;"undefined"!=typeof document.hidden?(i="hidden",o="visibilitychange",a="visibilityState"):"undefined"!=typeof document.msHidden?(i="msHidden",o="msvisibilitychange"):"undefined"!=typeof document.webkitHidden&&(i="webkitHidden",o="webkitvisibilitychange",a="webkitVisibilityState")},{}],24:[function(t,e,n){function r(t,e){var n=[],r="",o=0;for(r in t)i.call(t,r)&&(n[o]=e(r,t[r]),o+=1);return n}var i=Object.prototype.hasOwnProperty;e.exports=r},{}],25:[function(t,e,n){function r(t,e,n){e||(e=0),"undefined"==typeof n&&(n=t?t.length:0);for(var r=-1,i=n-e||0,o=Array(i<0?0:i);++r<i;)o[r]=t[e+r];return o}e.exports=r},{}],26:[function(t,e,n){e.exports={exists:"undefined"!=typeof window.performance&&window.performance.timing&&"undefined"!=typeof window.performance.timing.navigationStart}},{}],ee:[function(t,e,n){function r(){}function i(t){function e(t){return t&&t instanceof r?t:t?f(t,s,a):a()}function n(n,r,i,o,a){if(a!==!1&&(a=!0),!p.aborted||o){t&&a&&t(n,r,i);for(var c=e(i),s=m(n),f=s.length,u=0;u<f;u++)s[u].apply(c,r);var l=d[y[n]];return l&&l.push([x,n,r,c]),c}}function o(t,e){g[t]=m(t).concat(e)}function h(t,e){var n=g[t];if(n)for(var r=0;r<n.length;r++)n[r]===e&&n.splice(r,1)}function m(t){return g[t]||[]}function w(t){return l[t]=l[t]||i(n)}function v(t,e){u(t,function(t,n){e=e||"feature",y[n]=e,e in d||(d[e]=[])})}var g={},y={},x={on:o,addEventListener:o,removeEventListener:h,emit:n,get:w,listeners:m,context:e,buffer:v,abort:c,aborted:!1};return x}function o(t){return f(t,s,a)}function a(){return new r}function c(){(d.api||d.feature)&&(p.aborted=!0,d=p.backlog={})}var s="nr@context",f=t("gos"),u=t(24),d={},l={},p=e.exports=i();e.exports.getOrSetContext=o,p.backlog=d},{}],gos:[function(t,e,n){function r(t,e,n){if(i.call(t,e))return t[e];var r=n();if(Object.defineProperty&&Object.keys)try{return Object.defineProperty(t,e,{value:r,writable:!0,enumerable:!1}),r}catch(o){}return t[e]=r,r}var i=Object.prototype.hasOwnProperty;e.exports=r},{}],handle:[function(t,e,n){function r(t,e,n,r){i.buffer([t],r),i.emit(t,e,n)}var i=t("ee").get("handle");e.exports=r,r.ee=i},{}],id:[function(t,e,n){function r(t){var e=typeof t;return!t||"object"!==e&&"function"!==e?-1:t===window?0:a(t,o,function(){return i++})}var i=1,o="nr@id",a=t("gos");e.exports=r},{}],loader:[function(t,e,n){function r(){if(!E++){var t=b.info=NREUM.info,e=p.getElementsByTagName("script")[0];if(setTimeout(f.abort,3e4),!(t&&t.licenseKey&&t.applicationID&&e))return f.abort();s(y,function(e,n){t[e]||(t[e]=n)});var n=a();c("mark",["onload",n+b.offset],null,"api"),c("timing",["load",n]);var r=p.createElement("script");r.src="https://"+t.agent,e.parentNode.insertBefore(r,e)}}function i(){"complete"===p.readyState&&o()}function o(){c("mark",["domContent",a()+b.offset],null,"api")}var a=t(18),c=t("handle"),s=t(24),f=t("ee"),u=t(22),d=t(19),l=window,p=l.document,h="addEventListener",m="attachEvent",w=l.XMLHttpRequest,v=w&&w.prototype;if(d(l.location)){NREUM.o={ST:setTimeout,SI:l.setImmediate,CT:clearTimeout,XHR:w,REQ:l.Request,EV:l.Event,PR:l.Promise,MO:l.MutationObserver};var g=""+location,y={beacon:"bam.nr-data.net",errorBeacon:"bam.nr-data.net",agent:"js-agent.newrelic.com/nr-1208.min.js"},x=w&&v&&v[h]&&!/CriOS/.test(navigator.userAgent),b=e.exports={offset:a.getLastTimestamp(),now:a,origin:g,features:{},xhrWrappable:x,userAgent:u};t(15),t(20),p[h]?(p[h]("DOMContentLoaded",o,!1),l[h]("load",r,!1)):(p[m]("onreadystatechange",i),l[m]("onload",r)),c("mark",["firstbyte",a.getLastTimestamp()],null,"api");var E=0}},{}],"wrap-function":[function(t,e,n){function r(t,e){function n(e,n,r,s,f){function nrWrapper(){var o,a,u,l;try{a=this,o=d(arguments),u="function"==typeof r?r(o,a):r||{}}catch(p){i([p,"",[o,a,s],u],t)}c(n+"start",[o,a,s],u,f);try{return l=e.apply(a,o)}catch(h){throw c(n+"err",[o,a,h],u,f),h}finally{c(n+"end",[o,a,l],u,f)}}return a(e)?e:(n||(n=""),nrWrapper[l]=e,o(e,nrWrapper,t),nrWrapper)}function r(t,e,r,i,o){r||(r="");var c,s,f,u="-"===r.charAt(0);for(f=0;f<e.length;f++)s=e[f],c=t[s],a(c)||(t[s]=n(c,u?s+r:r,i,s,o))}function c(n,r,o,a){if(!h||e){var c=h;h=!0;try{t.emit(n,r,o,e,a)}catch(s){i([s,n,r,o],t)}h=c}}return t||(t=u),n.inPlace=r,n.flag=l,n}function i(t,e){e||(e=u);try{e.emit("internal-error",t)}catch(n){}}function o(t,e,n){if(Object.defineProperty&&Object.keys)try{var r=Object.keys(t);return r.forEach(function(n){Object.defineProperty(e,n,{get:function(){return t[n]},set:function(e){return t[n]=e,e}})}),e}catch(o){i([o],n)}for(var a in t)p.call(t,a)&&(e[a]=t[a]);return e}function a(t){return!(t&&t instanceof Function&&t.apply&&!t[l])}function c(t,e){var n=e(t);return n[l]=t,o(t,n,u),n}function s(t,e,n){var r=t[e];t[e]=c(r,n)}function f(){for(var t=arguments.length,e=new Array(t),n=0;n<t;++n)e[n]=arguments[n];return e}var u=t("ee"),d=t(25),l="nr@original",p=Object.prototype.hasOwnProperty,h=!1;e.exports=r,e.exports.wrapFunction=c,e.exports.wrapInPlace=s,e.exports.argsToArray=f},{}]},{},["loader",2,12,4,3]);</script>
<meta http-equiv="Content-Language" content="ko-KR">
<meta name="description" content="(주)알에프텍, 2021년 부문별 신입 및 경력사원 모집, 경력:신입/경력, 학력:대학졸업(2,3년)이상, 연봉:회사내규에 따름 , 홈페이지:">
<meta name="keywords" content="전자, 기획, 전략기획, 사업기획, 서비스기획, 신규사업·BD, 더존, 결산·정산, 출납, 부가세신고, 전표입력, Excel·도표, PowerPoint, 전산입력·편집, 워드·문서작성, 사무보조, 재무, 주식IR·공시, 내부감사·통제, 회계감사, 재무회계, 일반영업, 법인영업, 시스템영업, 솔루션영업, 네트워크영업, HW·SW 영업, 기술영업(IT), 기술영업(제조), 기술영업(일반), 고객관리, 영업관리, 거래처관리, 영업지원, 거래선개발, 기계, 기계설비, 기계설계, 기계조립, 자동화설비, 전기, 통신, 전기설비, 전자, 전기·전자회로, RF, Firmware, SMPS, PCB, 품질엔지니어, 공정엔지니어, 테스트엔지니어, 설계엔지니어, Analog, Digital, OrCAD, 생산관리, 품질관리, 공정관리, QA ·QC, 품질보증, IC설계, PCB, 제품개발, CAD, CAM, AutoCad, 기계·기구설계, 3D설계, 펌웨어, 이동통신, 통신망가설, 정보통신, 무선통신, 사물인터넷(IoT), SW(소프트웨어), 재무, 회계, 법인결산, 결산, 연구·실험·기술, 정보통신·IT, 전기·전자연구, 제조·공정, 전기설비, 통신설비, 기계설비, 기획·전략·경영, 경리·출납·결산, 회계·재무·세무·IR, 사무보조·문서작성, 일반영업, 영업기획·관리·지원, 기술영업, IT·솔루션영업, 생산관리·품질관리, 기계·기계설비, 전기·전자·제어, 반도체·디스플레이·LCD, 시스템개발, 하드웨어·소프트웨어, 통신·모바일, 세무·회계·CPA, 연구소·R&amp;D, 전기·소방·통신·설비, 설계·CAD·CAM, 전기·전자·제어">
<meta name="writer" content="사람인">
<meta http-equiv="Content-Security-Policy" content="upgrade-insecure-requests">    <meta property="og:description" content="(주)알에프텍, 2021년 부문별 신입 및 경력사원 모집, 경력:신입/경력, 학력:대학졸업(2,3년)이상, 연봉:회사내규에 따름 , 홈페이지:">
<meta property="og:title" content="[(주)알에프텍] 2021년 부문별 신입 및 경력사원 모집(오늘 마감) - 사람인">
<meta property="og:image" content="//www.saraminimage.co.kr/logo/saraminsnslogo.png">
<meta property="og:site_name" content="사람인">
<meta property="og:type" content="website">
<meta property="og:locale" content="ko_KR">
<meta property="fb:app_id" content="1593727887570039">
<meta property="og:image:width" content="200">
<meta property="og:image:height" content="200">    <link href="android-app://kr.co.saramin.brandapp/https/m.saramin.co.kr/job-search/view?rec_idx=40223638" rel="alternate">
<link href="/sri_css/sticky_assist.css?v=20210525163233" media="all" rel="stylesheet" type="text/css">
<link href="ios-app://739013038/https/m.saramin.co.kr/job-search/view?rec_idx=40223638" rel="alternate">
<link href="https://m.saramin.co.kr/job-search/view?rec_idx=40223638" rel="alternate" type="text/html" title="mobile optimized version" media="only screen and (max-width: 640px)">
<link href="/sri_css/layout.css?v=20210525163233" media="all" rel="stylesheet" type="text/css">
<link href="/sri_css/common_ui_keeping.css?v=20210525163233" media="all" rel="stylesheet" type="text/css">
<link href="/sri_css/components.css?v=20210525163233" media="all" rel="stylesheet" type="text/css">
<link href="/sri_css/jobs-view.css?v=20210525163233" media="all" rel="stylesheet" type="text/css">
<link href="/css/sri_mapapi.css?v=20210525163233" media="all" rel="stylesheet" type="text/css">
<link href="/css/nudge/content.css?v=20210525163233" media="all" rel="stylesheet" type="text/css">
<link href="/sri_css/recruit-template.css?v=20210525163233" media="all" rel="stylesheet" type="text/css">
<link href="https://www.saramin.co.kr/zf_user/jobs/view?rec_idx=40223638" rel="canonical">
<link href="/favicon.ico?ver=2" rel="favicon">
<link href="/favicon.ico?ver=2" rel="icon" type="image/x-icon">
<link href="/favicon.ico?ver=2" rel="shortcut icon" type="image/x-icon">        <script type="text/javascript" src="//www.saraminimage.co.kr/js/libs/jquery-1.11.1.min.js"></script>
    <script type="text/javascript">var $j = jQuery.noConflict();</script>
    <script type="text/javascript" src="/js/libs/saramin/common.js?v=20210525163233"></script>
    <!--[if lt IE 9]> <script type="text/javascript" src="//www.saramin.co.kr/js/html5shiv.min.js"></script><![endif]-->
    <script type="text/javascript" src="//www.saraminimage.co.kr/js/libs/jquery.tinyscrollbar.min.js"></script>
    <script type="text/javascript" src="/js/ui-component.js?v=20210525163233"></script>
    <script type="text/javascript" src="/js/layout/default-layout.js?v=20210525163233"></script>
    <script type="text/javascript" src="/js/map/mapRelayControl.js?ts=20210525163233"></script>
<script type="text/javascript" src="/js/libs/gnb-mobile-banner-sms.js?ts=20210525163233"></script>        <script type="text/javascript">
var googleSlotList = {};

var googletag = googletag || {};
googletag.cmd = googletag.cmd || [];

(function() {
var useSSL = 'https:' == document.location.protocol;
var src = (useSSL ? 'https:' : 'http:') + '//www.googletagservices.com/tag/js/gpt.js';
document.write('<scr' + 'ipt src="' + src + '"></scr' + 'ipt>');
})();
</script><script src="https://www.googletagservices.com/tag/js/gpt.js"></script><meta http-equiv="origin-trial" content="A+b/H0b8RPXNaJgaNFpO0YOFuGK6myDQXlwnJB3SwzvNMfcndat4DZYMrP4ClJIzYWo3/yP2S+8FTZ/lpqbPAAEAAABueyJvcmlnaW4iOiJodHRwczovL2ltYXNkay5nb29nbGVhcGlzLmNvbTo0NDMiLCJmZWF0dXJlIjoiVHJ1c3RUb2tlbnMiLCJleHBpcnkiOjE2MjYyMjA3OTksImlzVGhpcmRQYXJ0eSI6dHJ1ZX0="><meta http-equiv="origin-trial" content="A9ZgbRtm4pU3oZiuNzOsKcC8ppFSZdcjP2qYcdQrFKVzkmiWH1kdYY1Mi9x7G8+PS8HV9Ha9Cz0gaMdKsiVZIgMAAAB7eyJvcmlnaW4iOiJodHRwczovL2RvdWJsZWNsaWNrLm5ldDo0NDMiLCJmZWF0dXJlIjoiVHJ1c3RUb2tlbnMiLCJleHBpcnkiOjE2MjYyMjA3OTksImlzU3ViZG9tYWluIjp0cnVlLCJpc1RoaXJkUGFydHkiOnRydWV9"><meta http-equiv="origin-trial" content="AxL6oBxcpn5rQDPKSAs+d0oxNyJYq2/4esBUh3Yx5z8QfcLu+AU8iFCXYRcr/CEEfDnkxxLTsvXPJFQBxHfvkgMAAACBeyJvcmlnaW4iOiJodHRwczovL2dvb2dsZXRhZ3NlcnZpY2VzLmNvbTo0NDMiLCJmZWF0dXJlIjoiVHJ1c3RUb2tlbnMiLCJleHBpcnkiOjE2MjYyMjA3OTksImlzU3ViZG9tYWluIjp0cnVlLCJpc1RoaXJkUGFydHkiOnRydWV9"><meta http-equiv="origin-trial" content="A9KPtG5kl3oLTk21xqynDPGQ5t18bSOpwt0w6kGa6dEWbuwjpffmdUpR3W+faZDubGT+KIk2do0BX2ca16x8qAcAAACBeyJvcmlnaW4iOiJodHRwczovL2dvb2dsZXN5bmRpY2F0aW9uLmNvbTo0NDMiLCJmZWF0dXJlIjoiVHJ1c3RUb2tlbnMiLCJleHBpcnkiOjE2MjYyMjA3OTksImlzU3ViZG9tYWluIjp0cnVlLCJpc1RoaXJkUGFydHkiOnRydWV9"><meta http-equiv="origin-trial" content="A3HucHUo1oW9s+9kIKz8mLkbcmdaj5lxt3eiIMp1Nh49dkkBlg1Fhg4Fd/r0vL69mRRA36YutI9P/lJUfL8csQoAAACFeyJvcmlnaW4iOiJodHRwczovL2RvdWJsZWNsaWNrLm5ldDo0NDMiLCJmZWF0dXJlIjoiQ29udmVyc2lvbk1lYXN1cmVtZW50IiwiZXhwaXJ5IjoxNjI2MjIwNzk5LCJpc1N1YmRvbWFpbiI6dHJ1ZSwiaXNUaGlyZFBhcnR5Ijp0cnVlfQ=="><meta http-equiv="origin-trial" content="A0OysezhLoCRYomumeYlubLurZTCmsjTb087OvtCy95jNM65cfEsbajrJnhaGwiTxhz38ZZbm+UhUwQuXfVPTg0AAACLeyJvcmlnaW4iOiJodHRwczovL2dvb2dsZXN5bmRpY2F0aW9uLmNvbTo0NDMiLCJmZWF0dXJlIjoiQ29udmVyc2lvbk1lYXN1cmVtZW50IiwiZXhwaXJ5IjoxNjI2MjIwNzk5LCJpc1N1YmRvbWFpbiI6dHJ1ZSwiaXNUaGlyZFBhcnR5Ijp0cnVlfQ=="><meta http-equiv="origin-trial" content="AxoOxdZQmIoA1WeAPDixRAeWDdgs7ZtVFfH2y19ziTgD1iaHE5ZGz2UdSjubkWvob9C5PrjUfkWi4ZSLgWk3Xg8AAACLeyJvcmlnaW4iOiJodHRwczovL2dvb2dsZXRhZ3NlcnZpY2VzLmNvbTo0NDMiLCJmZWF0dXJlIjoiQ29udmVyc2lvbk1lYXN1cmVtZW50IiwiZXhwaXJ5IjoxNjI2MjIwNzk5LCJpc1N1YmRvbWFpbiI6dHJ1ZSwiaXNUaGlyZFBhcnR5Ijp0cnVlfQ=="><meta http-equiv="origin-trial" content="A7+rMYR5onPnACrz+niKSeFdH3xw1IyHo2AZSHmxrofRk9w4HcQPMYcpBUKu6OQ6zsdxf4m/vqa6tG6Na4OLpAQAAAB4eyJvcmlnaW4iOiJodHRwczovL2ltYXNkay5nb29nbGVhcGlzLmNvbTo0NDMiLCJmZWF0dXJlIjoiQ29udmVyc2lvbk1lYXN1cmVtZW50IiwiZXhwaXJ5IjoxNjI2MjIwNzk5LCJpc1RoaXJkUGFydHkiOnRydWV9"><meta http-equiv="origin-trial" content="AwfG8hAcHnPa/kJ1Co0EvG/K0F9l1s2JZGiDLt2mhC3QI5Fh4qmsmSwrWObZFbRC9ieDaSLU6lHRxhGUF/i9sgoAAACBeyJvcmlnaW4iOiJodHRwczovL2RvdWJsZWNsaWNrLm5ldDo0NDMiLCJmZWF0dXJlIjoiSW50ZXJlc3RDb2hvcnRBUEkiLCJleHBpcnkiOjE2MjYyMjA3OTksImlzU3ViZG9tYWluIjp0cnVlLCJpc1RoaXJkUGFydHkiOnRydWV9"><meta http-equiv="origin-trial" content="AwQ7dCmHkvR6FuOFxAuNnktYSQrGbL4dF+eBkrwNLALc69Wr//PnO1yzns3pjUoCaYbKHtVcnng2hU+8OUm0PAYAAACHeyJvcmlnaW4iOiJodHRwczovL2dvb2dsZXN5bmRpY2F0aW9uLmNvbTo0NDMiLCJmZWF0dXJlIjoiSW50ZXJlc3RDb2hvcnRBUEkiLCJleHBpcnkiOjE2MjYyMjA3OTksImlzU3ViZG9tYWluIjp0cnVlLCJpc1RoaXJkUGFydHkiOnRydWV9"><meta http-equiv="origin-trial" content="AysVDPGQTLD/Scn78x4mLwB1tMfje5jwUpAAzGRpWsr1NzoN7MTFhT3ClmImi2svDZA7V6nWGIV8YTPsSRTe0wYAAACHeyJvcmlnaW4iOiJodHRwczovL2dvb2dsZXRhZ3NlcnZpY2VzLmNvbTo0NDMiLCJmZWF0dXJlIjoiSW50ZXJlc3RDb2hvcnRBUEkiLCJleHBpcnkiOjE2MjYyMjA3OTksImlzU3ViZG9tYWluIjp0cnVlLCJpc1RoaXJkUGFydHkiOnRydWV9"><script src="https://securepubads.g.doubleclick.net/gpt/pubads_impl_2021052001.js" id="gpt-impl-0.32282037802642827" nonce=""></script>

<script type="text/javascript">
googletag.cmd.push(function() {
                        googleSlotList['div-gpt-ad-1511847708022-0'] = googletag.defineSlot('/61280259/1000-list_120x240', [120, 240], 'div-gpt-ad-1511847708022-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-0'] = googletag.defineSlot('/61280259/1000-list_120x600', [120, 600], 'div-gpt-ad-1400664864294-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1511846653839-0'] = googletag.defineSlot('/61280259/area-list_120x240', [120, 240], 'div-gpt-ad-1511846653839-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-2'] = googletag.defineSlot('/61280259/area-list_120x600', [120, 600], 'div-gpt-ad-1400664864294-2').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-3'] = googletag.defineSlot('/61280259/area-list_728x90', [728, 90], 'div-gpt-ad-1400664864294-3').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1511845706684-0'] = googletag.defineSlot('/61280259/category-list_120x240', [120, 240], 'div-gpt-ad-1511845706684-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-4'] = googletag.defineSlot('/61280259/category-list_120x600', [120, 600], 'div-gpt-ad-1400664864294-4').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-5'] = googletag.defineSlot('/61280259/category-list_728x90', [728, 90], 'div-gpt-ad-1400664864294-5').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1426214085634-0'] = googletag.defineSlot('/61280259/Contest-box_left_307x281', [307, 281], 'div-gpt-ad-1426214085634-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1426214150723-0'] = googletag.defineSlot('/61280259/Contest-box_middle_307x281', [307, 281], 'div-gpt-ad-1426214150723-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1426214197444-0'] = googletag.defineSlot('/61280259/Contest-box_right_307x281', [307, 281], 'div-gpt-ad-1426214197444-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1511845587070-0'] = googletag.defineSlot('/61280259/CS_120x240', [120, 240], 'div-gpt-ad-1511845587070-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-6'] = googletag.defineSlot('/61280259/CS_120x600', [120, 600], 'div-gpt-ad-1400664864294-6').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-7'] = googletag.defineSlot('/61280259/CS_728x90', [728, 90], 'div-gpt-ad-1400664864294-7').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1511846339912-0'] = googletag.defineSlot('/61280259/etc_120x240', [120, 240], 'div-gpt-ad-1511846339912-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-10'] = googletag.defineSlot('/61280259/etc_120x600', [120, 600], 'div-gpt-ad-1400664864294-10').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-11'] = googletag.defineSlot('/61280259/etc_728x90', [728, 90], 'div-gpt-ad-1400664864294-11').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1580945710799-0'] = googletag.defineSlot('/61280259/etc_office_worker_in_120x600', [120, 600], 'div-gpt-ad-1580945710799-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1550638948072-0'] = googletag.defineSlot('/61280259/Login_728x90', [728, 90], 'div-gpt-ad-1550638948072-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-12'] = googletag.defineSlot('/61280259/logout_120x600', [120, 600], 'div-gpt-ad-1400664864294-12').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-13'] = googletag.defineSlot('/61280259/logout_728x90', [728, 90], 'div-gpt-ad-1400664864294-13').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1594859543669-0'] = googletag.defineSlot('/61280259/Main-Big_468x60', [468, 60], 'div-gpt-ad-1594859543669-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1425521803564-0'] = googletag.defineSlot('/61280259/Main-Big_543x113', [543, 113], 'div-gpt-ad-1425521803564-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1426837722822-0'] = googletag.defineSlot('/61280259/Main-image_230x142', [230, 142], 'div-gpt-ad-1426837722822-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1553056482914-0'] = googletag.defineSlot('/61280259/member_120x240', [120, 240], 'div-gpt-ad-1553056482914-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-14'] = googletag.defineSlot('/61280259/member_120x600', [120, 600], 'div-gpt-ad-1400664864294-14').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-15'] = googletag.defineSlot('/61280259/member_728x90', [728, 90], 'div-gpt-ad-1400664864294-15').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1550543155169-0'] = googletag.defineSlot('/61280259/memcom_120x240', [120, 240], 'div-gpt-ad-1550543155169-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-16'] = googletag.defineSlot('/61280259/memcom_120x600', [120, 600], 'div-gpt-ad-1400664864294-16').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1571807667744-0'] = googletag.defineSlot('/61280259/memcom_264x264', [264, 264], 'div-gpt-ad-1571807667744-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-17'] = googletag.defineSlot('/61280259/memcom_728x90', [728, 90], 'div-gpt-ad-1400664864294-17').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1511846020570-0'] = googletag.defineSlot('/61280259/profession-list_120x240', [120, 240], 'div-gpt-ad-1511846020570-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-18'] = googletag.defineSlot('/61280259/profession-list_120x600', [120, 600], 'div-gpt-ad-1400664864294-18').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-19'] = googletag.defineSlot('/61280259/profession-list_728x90', [728, 90], 'div-gpt-ad-1400664864294-19').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-20'] = googletag.defineSlot('/61280259/rapid-view_120x600', [120, 600], 'div-gpt-ad-1400664864294-20').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1511933728215-0'] = googletag.defineSlot('/61280259/recruit-view_120x240', [120, 240], 'div-gpt-ad-1511933728215-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-22'] = googletag.defineSlot('/61280259/recruit-view_120x600', [120, 600], 'div-gpt-ad-1400664864294-22').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1547596188605-0'] = googletag.defineSlot('/61280259/recruit-view_250x250', [250, 250], 'div-gpt-ad-1547596188605-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-23'] = googletag.defineSlot('/61280259/recruit-view_728x90', [728, 90], 'div-gpt-ad-1400664864294-23').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1374566074903-2'] = googletag.defineSlot('/61280259/SearchLeft120x600', [120, 600], 'div-gpt-ad-1374566074903-2').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1384850668630-1'] = googletag.defineSlot('/61280259/SearchTop_468x60', [468, 60], 'div-gpt-ad-1384850668630-1').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1550638841234-0'] = googletag.defineSlot('/61280259/successHelper_728x90', [728, 90], 'div-gpt-ad-1550638841234-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1553056822382-0'] = googletag.defineSlot('/61280259/talent_120x240', [120, 240], 'div-gpt-ad-1553056822382-0').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-24'] = googletag.defineSlot('/61280259/talent_120x600', [120, 600], 'div-gpt-ad-1400664864294-24').addService(googletag.pubads());
                    googleSlotList['div-gpt-ad-1400664864294-25'] = googletag.defineSlot('/61280259/talent_728x90', [728, 90], 'div-gpt-ad-1400664864294-25').addService(googletag.pubads());
                googletag.enableServices();
    googletag.pubads().addEventListener('slotRenderEnded', function(event) {
        if (!event.isEmpty) {
            var domId = event.slot.getSlotId().getDomId();
            if (!!document.getElementById(domId + '-wrapper')) {
                document.getElementById(domId + '-wrapper').querySelector('.google-standby-banner').style.display = 'none';
                document.getElementById(domId + '-inner').style.display = '';
            }
        }
    });
});
</script>
    <script>

  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){
  (i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  })(window,document,'script','https://www.google-analytics.com/analytics.js','ga');

  ga('create', 'UA-12546634-1', 'saramin.co.kr');
  ga('require', 'GTM-KN35GK2');
  ga('require','displayfeatures');
  ga('require', 'linkid');
  ga('send', 'pageview');

</script><link rel="preload" href="https://adservice.google.co.kr/adsid/integrator.js?domain=www.saramin.co.kr" as="script"><script type="text/javascript" src="https://adservice.google.co.kr/adsid/integrator.js?domain=www.saramin.co.kr"></script><link rel="preload" href="https://adservice.google.com/adsid/integrator.js?domain=www.saramin.co.kr" as="script"><script type="text/javascript" src="https://adservice.google.com/adsid/integrator.js?domain=www.saramin.co.kr"></script><link rel="prefetch" href="https://1d61b8d2ed46c856496bd253d81a91bc.safeframe.googlesyndication.com/safeframe/1-0-38/html/container.html"><link rel="prefetch" href="https://tpc.googlesyndication.com/safeframe/1-0-38/html/container.html"></head>
<body id="sri_layout_popup">
    <section id="sri_section">
        <div id="sri_wrap">
            <div id="content">
                
    <div class="jview_progress" style="display: none;">
        <div class="row" style="transform: scaleX(0.00803776);">
        </div>
        <!--
        <div class="on"></div>
        <div></div>
        -->
    </div>
    <div class="wrap_jview">
                    <section class="jview">
                <div class="wrap_jv_cont">
    <input type="hidden" name="track_url_0" value="t_category=pop_view&amp;t_content=relay_view_etc&amp;t_ref=main&amp;t_ref_content=platinum_fix_expand&amp;t_ref_scnid=&amp;dpId=" class="track_url" data-view_type="etc" id="track_url_0"><input type="hidden" name="logging_url_40223638" value="" class="logging-url" id="logging_url_40223638">    <div class="wrap_jv_header">
    <div class="jv_header" data-rec_idx="40223638" data-rec_seq="0">
                            <a href="/zf_user/company-info/view?csn=bWJwVjNEU214QjFsUnhwMndZNnZZQT09&amp;popup_yn=y" class="company" target="_blank" onclick="window.open(this.href, ''); return false;" onmousedown="try{n_trackEvent('pop_view', 'title', 'company', '');}catch(e){}">
                (주)알에프텍            </a>
                        <button type="button" csn="bWJwVjNEU214QjFsUnhwMndZNnZZQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'title', 'favor', '');}catch(e){}" first_nudge="off"><span>관심기업 등록</span></button>                <a href="/zf_user/company-info/view-inner-recruit?csn=bWJwVjNEU214QjFsUnhwMndZNnZZQT09" class="btn_jview btn_careers" target="_blank" onclick="window.open(this.href, ''); return false;" onmousedown="try{n_trackEvent('pop_view', 'title', 'company', 'recruit-list');}catch(e){}"><span>채용중 <span class="num">3</span></span></a>
                <h1 class="tit_job">
                        2021년 부문별 신입 및 경력사원 모집        </h1>

        <button type="button" class="btn_scrap  scrap-40223638" title="공고스크랩" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40223638" imgtype="button" onmousedown="try{n_trackEvent('pop_view', 'summary', 'scrap', '');}catch(e){}">
            <span class="txt_scrap">108</span>
        </button>

        <div class="btn_apply">
            <span class="dday">오늘 마감</span>            <button class="sri_btn_lg for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40223638','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=main&amp;t_ref_content=platinum_fix_expand&amp;t_ref_scnid=&amp;dpId=&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_apply_0&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','summary','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>        </div>
    </div>
    </div>    <div class="jv_cont jv_summary">
    <div class="jv_title blind">핵심 정보</div>
    <div class="cont">
        <div class="col">
            <dl>
    <dt>경력</dt>
    <dd><strong>신입·경력</strong></dd>
</dl>            <dl>
    <dt>학력</dt>
    <dd>
        <strong>대졸(2,3년제) 이상</strong>
                    <span class="etc"> 모집부문별 상이, 상세요강 참조</span>
            </dd>
</dl>                <dl>
        <dt>근무형태</dt>
        <dd>
            <strong>정규직</strong> 수습기간 3개월                    </dd>
    </dl>
                                </div>
        <div class="col">
                <dl>
        <dt>급여</dt>
        <dd>회사내규에 따름                    </dd>
    </dl>
                                        <dl>
        <dt>근무지역</dt>
        <dd>
            경기 용인시 처인구, 수원시 영통구, 용인시                    </dd>
    </dl>
        </div>
        <div class="meta">
                        <ul class="list_meta">
                                    <li>조회수 <strong>12,920</strong></li>
                                                                
<li class="wrap_share">
    <div class="share">
        <button type="button" class="spr_jview btn_jview btn_share"><span>공유하기</span></button>
        <ul class="spr_jview list_share">
    <li><a href="http://www.facebook.com/share.php?api_key=137906922916817&amp;display=popup&amp;u=https%3A%2F%2Fwww.saramin.co.kr%2Fzf_user%2Fjobs%2Frelay%2Fview%3Frec_idx%3D40223638%26view_type%3Detc" class="spr_jview facebook" onclick="window.open(this.href, this.target, 'width=578,height=380'); return false;" onmousedown="try{n_trackEvent('pop_view', 'top', 'facebook', '');}catch(e){}" title="페이스북 공유하기"><span class="blind">페이스북</span></a></li>
    <li><a href="http://twitter.com/share?url=https%3A%2F%2Fwww.saramin.co.kr%2Fzf_user%2Fjobs%2Frelay%2Fview%3Frec_idx%3D40223638%26view_type%3Detc&amp;text=2021%EB%85%84%20%EB%B6%80%EB%AC%B8%EB%B3%84%20%EC%8B%A0%EC%9E%85%20%EB%B0%8F%20%EA%B2%BD%EB%A0%A5%EC%82%AC%EC%9B%90%20%EB%AA%A8%EC%A7%91%20-%20%28%EC%A3%BC%29%EC%95%8C%EC%97%90%ED%94%84%ED%85%8D%20%23saramin" class="spr_jview twitter" onclick="window.open(this.href, this.target, 'width=554,height=454'); return false;" onmousedown="try{n_trackEvent('pop_view', 'top', 'twitter', '');}catch(e){}" title="트위터 공유하기"><span class="blind">트위터</span></a></li>
    <li><button type="button" class="spr_jview copy_url" title="공고 주소 복사하기" onclick="JobsView.copyUrl('https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=40223638&amp;view_type=etc');" onmousedown="try{n_trackEvent('pop_view', 'top', 'copyurl', '' );}catch(e){}"><span class="blind">URL복사</span></button></li>
    <li><button type="button" class="spr_jview send_sms" title="이 공고 내 폰으로 전송하기" onclick="Saramin.showQuickLogin();" onmousedown="try{n_trackEvent('pop_view', 'top', 'sendsms', '');}catch(e){}"><span class="blind">SMS발송</span></button></li>
</ul>    </div>
</li>                            </ul>
        </div>
            </div>
</div>




    <div class="jv_cont jv_detail">
    <div class="jv_title blind">상세요강</div>
    <div class="cont">
                    <iframe name="iframe_content_0" id="iframe_content_0" class="iframe_content" width="860" scrolling="no" frameborder="0" marginheight="0" marginwidth="0" src="/zf_user/jobs/relay/view-detail?rec_idx=40223638&amp;rec_seq=0" title="상세요강" height="5287px"></iframe>
            </div>
</div>
<script type="text/javascript">
    var i;

    window.onload = function () {
        var aTagList = document.querySelectorAll('.user_content a,area');
        for (i = 0; i < aTagList.length; i++ ){
            aTagList[i].addEventListener('mousedown', function (e) {
                var item = e.currentTarget;
                var href = item.getAttribute('href') || '';

                checkUpdateHomepage(href);
            });
        }

        var checkUpdateHomepage = function (href) {
            var isFile = false,
                urlLastSpiceByDot = href.split('.').pop().toLowerCase(),
                fileExtWord = ['hwp', 'doc', 'docx', 'ppt', 'pptx', 'pdf', 'xls', 'xlsx', 'rtf', 'gul'],
                fileExtCompress = ['zip', 'alz', 'rar', 'lzh', 'arj', 'egg', 'tar', 'sit'],
                fileExtImageFlash = ['jpg', 'gif', 'png', 'psd', 'fla', 'ai', 'jpe', 'jpeg', 'tif', 'tiff', 'pcx', 'swf'],
                fileExt;

            fileExt = fileExtWord.concat(fileExtCompress).concat(fileExtImageFlash);
            isFile = (fileExt.indexOf(urlLastSpiceByDot) !== -1);

            if (href != '' && isFile === false && href.indexOf('mailto:') === -1
                && href.indexOf('pds.saramin.co.kr') === -1 && href.indexOf('uf.daum.net') === -1 && href.indexOf('drive.google.com') === -1
            ) {
                try { Saramin.updateHomepageLink('40223638', 'homepage'); } catch (e) {}
            }
        }
    }
</script>        <div class="jv_cont jv_benefit">
        <div class="jv_title">복리후생</div>
        <div class="cont">
            <div class="layer_group">
                <div class="layer">
                    <div class="row">
                                                <dl class="col">
                            <dt>지원금/보험</dt>
                            <dd data-origin="건강검진, 각종 경조사 지원, 자녀학자금">
                                건강검진, 각종 경조사 지원, 자녀학자금                            </dd>
                        </dl>
                                                                        <dl class="col">
                            <dt>급여제도</dt>
                            <dd data-origin="장기근속자 포상, 우수사원포상, 퇴직금, 4대 보험">
                                장기근속자 포상, 우수사원포상, 퇴직금, 4대 보험                            </dd>
                        </dl>
                                                                        <dl class="col">
                            <dt>교육/생활</dt>
                            <dd data-origin="창립일행사, 우수사원시상식, 구내식당(사원식당), 사내동호회 운영">
                                창립일행사, 우수사원시상식, 구내식당(사원식당), 사내동호회 운영                            </dd>
                        </dl>
                                            </div><div class="row">
                                                                        <dl class="col">
                            <dt>출퇴근</dt>
                            <dd data-origin="기숙사 운영, 차량유류비지급, 통근버스 운행">
                                기숙사 운영, 차량유류비지급, 통근버스 운행                            </dd>
                        </dl>
                                                                        <dl class="col">
                            <dt>리프레시</dt>
                            <dd data-origin="연차, 여름휴가, 경조휴가제, 창립일휴무, 근로자의 날 휴무">
                                연차, 여름휴가, 경조휴가제, 창립일휴무, 근로자의 날 휴무                            </dd>
                        </dl>
                                                <dl class="col"></dl>                    </div>
                </div>
            </div>
                            <button type="button" class="btn_more_cont" onmousedown="try{n_trackEvent('pop_view', 'welfare', 'welfare_more', '');}catch(e){}">
                    <span class="spr_jview">내용 전체보기</span>
                </button>
                    </div>
    </div>
    
    
<div class="jv_cont jv_howto">
    <div class="jv_title">접수기간 및 방법</div>
    <div class="cont box">
        <div class="status">
            <div class="info_timer" data-remain-time="41181">
    <span class="txt">남은 기간</span>
    
    <span class="txt_day">일</span>
    <span class="time">11:25:20</span>
</div>
<dl class="info_period">
    <dt>시작일</dt>
    <dd>2021.05.17 00:00</dd>
    <dt class="end">마감일</dt>
    <dd>2021.05.26 23:59</dd>
</dl>
<button class="sri_btn_lg for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40223638','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=main&amp;t_ref_content=platinum_fix_expand&amp;t_ref_scnid=&amp;dpId=&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_apply_0&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','contacts','quick_apply_bt','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>        </div>
        <dl class="guide">
                            <dt>지원방법</dt>
                <dd class="method">
                    <button class="sri_btn_1 for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40223638','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=main&amp;t_ref_content=platinum_fix_expand&amp;t_ref_scnid=&amp;dpId=&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_apply_0&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','contacts','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">사람인 입사지원</span></button>                </dd>
                                                                                        <dt>담당자</dt>
                    <dd class="manager">경영관리팀 인사담당자</dd>
                
                
                
                                                                    </dl>
                <p class="noti">마감일은 기업의 사정, 조기마감 등으로 변경될 수 있습니다.</p>
            </div>
</div>        <div class="jv_cont jv_statics">
        <div class="jv_title">지원자 통계</div>
        <div class="cont" style="">
                        <div class="layer_group">
                <div class="layer">
                    <div class="box_chart narrow count sub">
                        <dl class="total">
                            <dt>지원자수</dt>
                            <dd><span>200</span>명</dd>
                        </dl>
                                                    <div class="scroll">
                                <dl class="detail">
                                                                            <dt title="재무회계">재무회계</dt>
                                        <dd><span>12</span>명</dd>
                                                                            <dt title="영업">영업</dt>
                                        <dd><span>42</span>명</dd>
                                                                            <dt title="TA (충전기) 회로개발">TA (충전기) 회로개발</dt>
                                        <dd><span>7</span>명</dd>
                                                                            <dt title="회로개발(SMPS)">회로개발(SMPS)</dt>
                                        <dd><span>9</span>명</dd>
                                                                            <dt title="HW 개발">HW 개발</dt>
                                        <dd><span>25</span>명</dd>
                                                                            <dt title="무선충전(WPT) HW 개발">무선충전(WPT) HW 개발</dt>
                                        <dd><span>4</span>명</dd>
                                                                            <dt title="기구설계">기구설계</dt>
                                        <dd><span>21</span>명</dd>
                                                                            <dt title="제조기술">제조기술</dt>
                                        <dd><span>31</span>명</dd>
                                                                            <dt title="품질보증">품질보증</dt>
                                        <dd><span>41</span>명</dd>
                                                                            <dt title="SMD">SMD</dt>
                                        <dd><span>2</span>명</dd>
                                                                            <dt title="RF &amp; MW Filter 개발자">RF &amp; MW Filter 개발자</dt>
                                        <dd><span>1</span>명</dd>
                                                                            <dt title="Analog circuit / RF &amp; MW 개발자">Analog circuit / RF &amp; MW 개발자</dt>
                                        <dd><span>2</span>명</dd>
                                                                            <dt title="Software 개발자">Software 개발자</dt>
                                        <dd><span>3</span>명</dd>
                                                                    </dl>
                            </div>
                                            </div>
                    <div class="box_chart narrow">
    <strong class="tit_stats">경력별 현황</strong>
    <div class="chart_line ">
                    <div class="col ">
                <em class="legend">신입</em>
                <div class="bar">
                    <div class="fill" style="height:14%"><span class="value">28</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">1년 미만</em>
                <div class="bar">
                    <div class="fill" style="height:2%"><span class="value">3</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">1~3년</em>
                <div class="bar">
                    <div class="fill" style="height:8%"><span class="value">15</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">3~5년</em>
                <div class="bar">
                    <div class="fill" style="height:12%"><span class="value">24</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">5년 이상</em>
                <div class="bar">
                    <div class="fill" style="height:65%"><span class="value">130</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart narrow">
    <strong class="tit_stats">연봉별 현황</strong>
    <div class="chart_line ">
                    <div class="col ">
                <em class="legend">2,200<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:1%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">2,200<br>~2,600</em>
                <div class="bar">
                    <div class="fill" style="height:1%"><span class="value">2</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">2,600<br>~3,000</em>
                <div class="bar">
                    <div class="fill" style="height:1%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">3,000<br>~4,000</em>
                <div class="bar">
                    <div class="fill" style="height:7%"><span class="value">14</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">4,000<br>이상</em>
                <div class="bar">
                    <div class="fill" style="height:24%"><span class="value">48</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart ">
    <strong class="tit_stats">성별 현황</strong>
    <div class="chart_donut"><!-- donut chart 일때 -->
                <svg class="donut" width="172" height="172" viewBox="0 0 172 172">
            <circle cx="86" cy="86" r="76" fill="transparent" stroke-width="20" stroke="#acd9f8"></circle>
            <circle cx="86" cy="86" r="76" fill="transparent" stroke-width="20" stroke="#fa6a71" stroke-dasharray="477.521984" stroke-dashoffset="434.54500544"></circle>
                            <rect x="151" y="84" width="22" height="4" fill="white"></rect>
                <rect x="151" y="84" width="22" height="4" fill="white" transform="rotate(32.4 86 86)"></rect>
                    </svg>
        <div class="legend">
            <div class="total"><span>지원자수</span></div>
            <dl class="male">
                <dt class="spr_jview">남자</dt>
                <dd class="perc"><span>91</span>%</dd>
                <dd>182 명</dd>
            </dl>
            <dl class="female">
                <dt class="spr_jview">여자</dt>
                <dd class="perc"><span>9</span>%</dd>
                <dd>18 명</dd>
            </dl>
        </div>
    </div>
</div><div class="box_chart ">
    <strong class="tit_stats">연령별 현황</strong>
    <div class="chart_line ">
                    <div class="col ">
                <em class="legend">미입력</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">20대</em>
                <div class="bar">
                    <div class="fill" style="height:22%"><span class="value">44</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">30대</em>
                <div class="bar">
                    <div class="fill" style="height:38%"><span class="value">76</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">40대</em>
                <div class="bar">
                    <div class="fill" style="height:31%"><span class="value">61</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">50대</em>
                <div class="bar">
                    <div class="fill" style="height:9%"><span class="value">17</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">60대 이상</em>
                <div class="bar">
                    <div class="fill" style="height:1%"><span class="value">2</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart ">
    <strong class="tit_stats">학력별 현황</strong>
    <div class="chart_line ">
                    <div class="col ">
                <em class="legend">고졸이하</em>
                <div class="bar">
                    <div class="fill" style="height:6%"><span class="value">12</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">2~3년제</em>
                <div class="bar">
                    <div class="fill" style="height:29%"><span class="value">58</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">4년제</em>
                <div class="bar">
                    <div class="fill" style="height:54%"><span class="value">107</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">석사</em>
                <div class="bar">
                    <div class="fill" style="height:9%"><span class="value">17</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">박사</em>
                <div class="bar">
                    <div class="fill" style="height:3%"><span class="value">6</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart ">
    <strong class="tit_stats">외국어 현황</strong>
    <div class="chart_line sub">
                    <div class="col emph">
                <em class="legend">TOEIC</em>
                <div class="bar">
                    <div class="fill" style="height:37%"><span class="value">37</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">TOEFL</em>
                <div class="bar">
                    <div class="fill" style="height:2%"><span class="value">2</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">TEPS</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">TOEIC Speaking</em>
                <div class="bar">
                    <div class="fill" style="height:9%"><span class="value">9</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">OPIC</em>
                <div class="bar">
                    <div class="fill" style="height:15%"><span class="value">15</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">JPT</em>
                <div class="bar">
                    <div class="fill" style="height:3%"><span class="value">3</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">HSK</em>
                <div class="bar">
                    <div class="fill" style="height:1%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">기타</em>
                <div class="bar">
                    <div class="fill" style="height:33%"><span class="value">33</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart ">
    <strong class="tit_stats">TOEIC</strong>
    <div class="chart_line sub">
                    <div class="col ">
                <em class="legend">600<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:5%"><span class="value">2</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">700<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:16%"><span class="value">6</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">800<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:32%"><span class="value">12</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">900<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:43%"><span class="value">16</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">900<br>이상</em>
                <div class="bar">
                    <div class="fill" style="height:3%"><span class="value">1</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart ">
    <strong class="tit_stats">TOEFL</strong>
    <div class="chart_line sub">
                    <div class="col ">
                <em class="legend">70<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">80<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">90<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:50%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">115<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:50%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">115<br>이상</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart ">
    <strong class="tit_stats">TOEIC<br>SPEAKING</strong>
    <div class="chart_line sub">
                    <div class="col ">
                <em class="legend">Lv4이하</em>
                <div class="bar">
                    <div class="fill" style="height:11%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">Level5</em>
                <div class="bar">
                    <div class="fill" style="height:33%"><span class="value">3</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">Level6</em>
                <div class="bar">
                    <div class="fill" style="height:44%"><span class="value">4</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">Level7</em>
                <div class="bar">
                    <div class="fill" style="height:11%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">Level8</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart ">
    <strong class="tit_stats">OPIC</strong>
    <div class="chart_line sub">
                    <div class="col ">
                <em class="legend">IL이하</em>
                <div class="bar">
                    <div class="fill" style="height:21%"><span class="value">3</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">IM1</em>
                <div class="bar">
                    <div class="fill" style="height:14%"><span class="value">2</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">IM2</em>
                <div class="bar">
                    <div class="fill" style="height:36%"><span class="value">5</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">IM3</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">IH</em>
                <div class="bar">
                    <div class="fill" style="height:21%"><span class="value">3</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">AL</em>
                <div class="bar">
                    <div class="fill" style="height:7%"><span class="value">1</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart ">
    <strong class="tit_stats">JPT</strong>
    <div class="chart_line sub">
                    <div class="col emph">
                <em class="legend">600<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:33%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">700<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">800<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:33%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">900<br>미만</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">900<br>이상</em>
                <div class="bar">
                    <div class="fill" style="height:33%"><span class="value">1</span></div>
                </div>
            </div>
            </div>
</div><div class="box_chart ">
    <strong class="tit_stats">HSK</strong>
    <div class="chart_line sub">
                    <div class="col ">
                <em class="legend">1~2급<br>기초</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">3~5급<br>초등</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
                    <div class="col emph">
                <em class="legend">6~8급<br>중등</em>
                <div class="bar">
                    <div class="fill" style="height:100%"><span class="value">1</span></div>
                </div>
            </div>
                    <div class="col ">
                <em class="legend">9~11급<br>고등</em>
                <div class="bar">
                    <div class="fill" style="height:0%"><span class="value">0</span></div>
                </div>
            </div>
            </div>
</div>                </div>
            </div>
            <button type="button" class="btn_more_cont" onmousedown="try{n_trackEvent('pop_view', 'statistics', 'statistics_more', '');}catch(e){}" style="">
                <span class="spr_jview">내용 전체보기</span>
            </button>
            </div>
    </div>
            <div class="jv_cont jv_company">
        <div class="jv_title">기업정보
                    <a href="/zf_user/company-info/view-inner-recruit?csn=bWJwVjNEU214QjFsUnhwMndZNnZZQT09" class="link_txt spr_jview" target="_blank" onclick="window.open(this.href, ''); return false;" onmousedown="try{n_trackEvent('pop_view', 'companyinfo', 'recruit-list', '');}catch(e){}">이 기업의 다른 공고 (3건)</a>
                </div>
        <div class="cont box">
                            <div class="logo">
                    <img id="(주)알에프텍" alt="(주)알에프텍" src="https://webpds.saramin.co.kr/pds/united_company/logo/2430_logo.gif" width="145" height="50">                </div>
                        <div class="wrap_info">
                <div class="title">
                    <span class="company_name">(주)알에프텍</span>
                    <button type="button" csn="bWJwVjNEU214QjFsUnhwMndZNnZZQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'companyinfo', 'favor', '');}catch(e){}" first_nudge="off"><span>관심기업 등록</span></button>                                            <a href="/zf_user/company-info/view?csn=bWJwVjNEU214QjFsUnhwMndZNnZZQT09" title="기업정보로 이동" class="spr_jview btn_jview btn_link" onclick="window.open(this.href, ''); return false;" onmousedown="try{n_trackEvent('pop_view', 'companyinfo', 'company_more', '');}catch(e){}"><strong>기업정보</strong></a>
                                                        </div>
                <div class="info">
                                            <dl>
                            <dt>기업형태</dt>
                            <dd>코스닥, 중견기업, 외부감사법인, 병역특..</dd>
                        </dl>
                                                                                    <dl>
                            <dt>업종</dt>
                            <dd>기타 무선 통신장비 제조업</dd>
                        </dl>
                                                                <dl>
                            <dt>설립일</dt>
                            <dd>1995년 2월 22일 (업력 26년) </dd>
                        </dl>
                                                                                <dl>
                        <dt>대표자명</dt>
                        <dd>이진형</dd>
                    </dl>
                                                                <dl>
                            <dt>홈페이지</dt>
                            <dd>
                                <a href="http://www.rftech.co.kr" target="_blank">
                                    www.rftech.co.kr                                </a>
                            </dd>
                        </dl>
                                        <dl class="wide">
                        <dt>기업주소</dt>
                        <dd>경기 용인시 처인구 죽양대로1763번길 60</dd>
                    </dl>
                </div>

            </div>
                                </div>
            <div class="cont box sub">
        <div class="sub_header">
            <strong>(주)알에프텍</strong>에 꼭 입사해야 하는 이유
        </div>
        <ul class="mark_list">
                            <li onclick="window.open('/zf_user/company-info/sri-certification?seq=910'); return false;"><span>코스닥 상장기업@경기</span></li>
                            <li onclick="window.open('/zf_user/company-info/sri-certification?seq=202'); return false;"><span>어제 최多클릭 기업</span></li>
                            <li onclick="window.open('/zf_user/company-info/sri-certification?seq=380'); return false;"><span>미래가치! 코스닥상장</span></li>
                            <li onclick="window.open('/zf_user/company-info/sri-certification?seq=227'); return false;"><span>집 고민 덜어주는!</span></li>
                            <li onclick="window.open('/zf_user/company-info/sri-certification?seq=213'); return false;"><span>코시국에 건강챙겨요!</span></li>
                    </ul>
    </div>
    </div>
    <div class="wrap_recommend_slide type02 hot_slide" id="hot100-top10-list-40223638"><div class="hot_slide_tit">
    <h4 class="tit">기획·전략·경영 <em>HOT100</em></h4>
    <a href="/zf_user/jobs/hot100?cat_cd=101&amp;career_cd=1" target="_blank" class="more_btn hot1000-more" title="더보기" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'more');} catch(e){}">더보기</a>
</div>
<div class="box_recommend_slide">
    <p class="slide_num"><em>1</em>/<span class="slide_total">3</span></p>
    <button type="button" id="recom_btn_prev" class="btn_prev" style="display: none;"><span class="blind">이전</span></button>
    <div class="recommend_list">
        <ul class="list_recomm" style="width: 2628px;">
                                                    <li class="recruit_summary_basic">
                    <a href="/zf_user/jobs/relay/view?rec_idx=40194038&amp;t_ref=jobcategory_recruit&amp;t_ref_content=hot100" class="link_recomm" target="_blank" title="2021 상반기 신입 공개채용" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'view');} catch(e){}"></a>
                    <strong class="recomm_name">동화기업(주)</strong>
                    <span class="recomm_desc">2021 상반기 신입 공개채용</span>
                    <span class="recomm_info">
                        <span class="txt_info"><span class="blind">직종</span>#정규직</span>
                        <span class="txt_info"><span class="blind">지역</span>#서울전체</span>
                    </span>
                                        <a title="스크랩" style="cursor:pointer" onclick="Saramin.btnJob('scrap',this,'','list');" scraped="n" imgtype="" rec_idx="40194038" class="btn_scrap scrap-40194038">
                        <img src="//www.saraminimage.co.kr/common/bul_sri_star.png">
                    </a>
                    <span class="recruit_func">
                        <span class="blind">공고 마감일</span>
                        <span class="num_dday last">~ 05/31(월)</span>
                        <a class="sri_btn_xs" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=40194038" target="_blank" title="홈페이지 지원" onclick="try{s_trackApply(this, 'relay_view', 'hot100');}catch(e){};" onmousedown="try{ pushDataLayer('ga_lead', 'hot100',jobcategory_recruit, 'apply') } catch(e){}"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </span>
                </li>
                                        <li class="recruit_summary_basic">
                    <a href="/zf_user/jobs/relay/view?rec_idx=40248159&amp;t_ref=jobcategory_recruit&amp;t_ref_content=hot100" class="link_recomm" target="_blank" title="(재)대구창조경제혁신센터 직원 채용공고" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'view');} catch(e){}"></a>
                    <strong class="recomm_name">(재)대구창조경제혁신센터</strong>
                    <span class="recomm_desc">(재)대구창조경제혁신센터 직원 채용공고</span>
                    <span class="recomm_info">
                        <span class="txt_info"><span class="blind">직종</span>#정규직</span>
                        <span class="txt_info"><span class="blind">지역</span>#대구 북구</span>
                    </span>
                                        <a title="스크랩" style="cursor:pointer" onclick="Saramin.btnJob('scrap',this,'','list');" scraped="n" imgtype="" rec_idx="40248159" class="btn_scrap scrap-40248159">
                        <img src="//www.saraminimage.co.kr/common/bul_sri_star.png">
                    </a>
                    <span class="recruit_func">
                        <span class="blind">공고 마감일</span>
                        <span class="num_dday last">~ 05/31(월)</span>
                        <a class="sri_btn_xs" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=40248159" target="_blank" title="접수방법 확인" onclick="try{s_trackApply(this, 'relay_view', 'hot100');}catch(e){};" onmousedown="try{ pushDataLayer('ga_lead', 'hot100',jobcategory_recruit, 'apply') } catch(e){}"><span class="sri_btn_apply_confirm">접수방법 확인</span></a>                    </span>
                </li>
                                        <li class="recruit_summary_basic">
                    <a href="/zf_user/jobs/relay/view?rec_idx=40314493&amp;t_ref=jobcategory_recruit&amp;t_ref_content=hot100" class="link_recomm" target="_blank" title="대상(주) 2021년 상반기 신입사원 모집" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'view');} catch(e){}"></a>
                    <strong class="recomm_name">대상(주)</strong>
                    <span class="recomm_desc">대상(주) 2021년 상반기 신입사원 모집</span>
                    <span class="recomm_info">
                        <span class="txt_info"><span class="blind">직종</span>#정규직</span>
                        <span class="txt_info"><span class="blind">지역</span>#서울 동대문구</span>
                    </span>
                                        <a title="스크랩" style="cursor:pointer" onclick="Saramin.btnJob('scrap',this,'','list');" scraped="n" imgtype="" rec_idx="40314493" class="btn_scrap scrap-40314493">
                        <img src="//www.saraminimage.co.kr/common/bul_sri_star.png">
                    </a>
                    <span class="recruit_func">
                        <span class="blind">공고 마감일</span>
                        <span class="num_dday last">~ 06/03(목)</span>
                        <a class="sri_btn_xs" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=40314493" target="_blank" title="홈페이지 지원" onclick="try{s_trackApply(this, 'relay_view', 'hot100');}catch(e){};" onmousedown="try{ pushDataLayer('ga_lead', 'hot100',jobcategory_recruit, 'apply') } catch(e){}"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </span>
                </li>
                                        <li class="recruit_summary_basic">
                    <a href="/zf_user/jobs/relay/view?rec_idx=40268341&amp;t_ref=jobcategory_recruit&amp;t_ref_content=hot100" class="link_recomm" target="_blank" title="2021년 상반기 일반직 및 업무직 채용" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'view');} catch(e){}"></a>
                    <strong class="recomm_name">대전광역시시설관리공단</strong>
                    <span class="recomm_desc">2021년 상반기 일반직 및 업무직 채용</span>
                    <span class="recomm_info">
                        <span class="txt_info"><span class="blind">직종</span>#</span>
                        <span class="txt_info"><span class="blind">지역</span>#대전 유성구</span>
                    </span>
                                        <a title="스크랩" style="cursor:pointer" onclick="Saramin.btnJob('scrap',this,'','list');" scraped="n" imgtype="" rec_idx="40268341" class="btn_scrap scrap-40268341">
                        <img src="//www.saraminimage.co.kr/common/bul_sri_star.png">
                    </a>
                    <span class="recruit_func">
                        <span class="blind">공고 마감일</span>
                        <span class="num_dday last">~ 06/07(월)</span>
                        <a class="sri_btn_xs" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=40268341" target="_blank" title="홈페이지 지원" onclick="try{s_trackApply(this, 'relay_view', 'hot100');}catch(e){};" onmousedown="try{ pushDataLayer('ga_lead', 'hot100',jobcategory_recruit, 'apply') } catch(e){}"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </span>
                </li>
                                        <li class="recruit_summary_basic">
                    <a href="/zf_user/jobs/relay/view?rec_idx=40205379&amp;t_ref=jobcategory_recruit&amp;t_ref_content=hot100" class="link_recomm" target="_blank" title="한국자산신탁 채용연계형 인턴직원 공개 채용" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'view');} catch(e){}"></a>
                    <strong class="recomm_name">한국자산신탁(주)</strong>
                    <span class="recomm_desc">한국자산신탁 채용연계형 인턴직원 공개 채용</span>
                    <span class="recomm_info">
                        <span class="txt_info"><span class="blind">직종</span>#인턴직</span>
                        <span class="txt_info"><span class="blind">지역</span>#서울 강남구</span>
                    </span>
                                        <a title="스크랩" style="cursor:pointer" onclick="Saramin.btnJob('scrap',this,'','list');" scraped="n" imgtype="" rec_idx="40205379" class="btn_scrap scrap-40205379">
                        <img src="//www.saraminimage.co.kr/common/bul_sri_star.png">
                    </a>
                    <span class="recruit_func">
                        <span class="blind">공고 마감일</span>
                        <span class="num_dday last">~ 05/31(월)</span>
                        <a class="sri_btn_xs" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=40205379" target="_blank" title="홈페이지 지원" onclick="try{s_trackApply(this, 'relay_view', 'hot100');}catch(e){};" onmousedown="try{ pushDataLayer('ga_lead', 'hot100',jobcategory_recruit, 'apply') } catch(e){}"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </span>
                </li>
                                        <li class="recruit_summary_basic">
                    <a href="/zf_user/jobs/relay/view?rec_idx=40305809&amp;t_ref=jobcategory_recruit&amp;t_ref_content=hot100" class="link_recomm" target="_blank" title="2021년 인턴사원 모집 공고" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'view');} catch(e){}"></a>
                    <strong class="recomm_name">우리자산신탁(주)</strong>
                    <span class="recomm_desc">2021년 인턴사원 모집 공고</span>
                    <span class="recomm_info">
                        <span class="txt_info"><span class="blind">직종</span>#인턴직</span>
                        <span class="txt_info"><span class="blind">지역</span>#서울 강남구</span>
                    </span>
                                        <a title="스크랩" style="cursor:pointer" onclick="Saramin.btnJob('scrap',this,'','list');" scraped="n" imgtype="" rec_idx="40305809" class="btn_scrap scrap-40305809">
                        <img src="//www.saraminimage.co.kr/common/bul_sri_star.png">
                    </a>
                    <span class="recruit_func">
                        <span class="blind">공고 마감일</span>
                        <span class="num_dday last">~ 05/30(일)</span>
                        <a class="sri_btn_xs" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=40305809" target="_blank" title="홈페이지 지원" onclick="try{s_trackApply(this, 'relay_view', 'hot100');}catch(e){};" onmousedown="try{ pushDataLayer('ga_lead', 'hot100',jobcategory_recruit, 'apply') } catch(e){}"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </span>
                </li>
                                        <li class="recruit_summary_basic">
                    <a href="/zf_user/jobs/relay/view?rec_idx=40239996&amp;t_ref=jobcategory_recruit&amp;t_ref_content=hot100" class="link_recomm" target="_blank" title="(재)마포문화재단 2021년 제3회 정규직원 채용 공고" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'view');} catch(e){}"></a>
                    <strong class="recomm_name">(재)마포문화재단</strong>
                    <span class="recomm_desc">(재)마포문화재단 2021년 제3회 정규직원 채용 공고</span>
                    <span class="recomm_info">
                        <span class="txt_info"><span class="blind">직종</span>#정규직</span>
                        <span class="txt_info"><span class="blind">지역</span>#서울 마포구</span>
                    </span>
                                        <a title="스크랩" style="cursor:pointer" onclick="Saramin.btnJob('scrap',this,'','list');" scraped="n" imgtype="" rec_idx="40239996" class="btn_scrap scrap-40239996">
                        <img src="//www.saraminimage.co.kr/common/bul_sri_star.png">
                    </a>
                    <span class="recruit_func">
                        <span class="blind">공고 마감일</span>
                        <span class="num_dday last">내일마감</span>
                        <a class="sri_btn_xs" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=40239996" target="_blank" title="홈페이지 지원" onclick="try{s_trackApply(this, 'relay_view', 'hot100');}catch(e){};" onmousedown="try{ pushDataLayer('ga_lead', 'hot100',jobcategory_recruit, 'apply') } catch(e){}"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </span>
                </li>
                                        <li class="recruit_summary_basic">
                    <a href="/zf_user/jobs/relay/view?rec_idx=40308000&amp;t_ref=jobcategory_recruit&amp;t_ref_content=hot100" class="link_recomm" target="_blank" title="2021 펑타이코리아(PTK) 신입 공개 채용" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'view');} catch(e){}"></a>
                    <strong class="recomm_name">펑타이그레이터차이나(유)</strong>
                    <span class="recomm_desc">2021 펑타이코리아(PTK) 신입 공개 채용</span>
                    <span class="recomm_info">
                        <span class="txt_info"><span class="blind">직종</span>#정규직</span>
                        <span class="txt_info"><span class="blind">지역</span>#서울 강남구</span>
                    </span>
                                        <a title="스크랩" style="cursor:pointer" onclick="Saramin.btnJob('scrap',this,'','list');" scraped="n" imgtype="" rec_idx="40308000" class="btn_scrap scrap-40308000">
                        <img src="//www.saraminimage.co.kr/common/bul_sri_star.png">
                    </a>
                    <span class="recruit_func">
                        <span class="blind">공고 마감일</span>
                        <span class="num_dday last">~ 06/07(월)</span>
                        <a class="sri_btn_xs" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=40308000" target="_blank" title="홈페이지 지원" onclick="try{s_trackApply(this, 'relay_view', 'hot100');}catch(e){};" onmousedown="try{ pushDataLayer('ga_lead', 'hot100',jobcategory_recruit, 'apply') } catch(e){}"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </span>
                </li>
                                        <li class="recruit_summary_basic">
                    <a href="/zf_user/jobs/relay/view?rec_idx=40244878&amp;t_ref=jobcategory_recruit&amp;t_ref_content=hot100" class="link_recomm" target="_blank" title="[김&amp;장 법률사무소 (Kim &amp; Chang)] 직원 채용" onmousedown="try{ gtmDataLayerPush('ga_lead', 'hot100', 'jobcategory_recruit', 'view');} catch(e){}"></a>
                    <strong class="recomm_name">Kim &amp; Chang (김앤장 법률사무소)</strong>
                    <span class="recomm_desc">[김&amp;장 법률사무소 (Kim &amp; Chang)] 직원 채용</span>
                    <span class="recomm_info">
                        <span class="txt_info"><span class="blind">직종</span>#정규직</span>
                        <span class="txt_info"><span class="blind">지역</span>#서울 종로구</span>
                    </span>
                                        <a title="스크랩" style="cursor:pointer" onclick="Saramin.btnJob('scrap',this,'','list');" scraped="n" imgtype="" rec_idx="40244878" class="btn_scrap scrap-40244878">
                        <img src="//www.saraminimage.co.kr/common/bul_sri_star.png">
                    </a>
                    <span class="recruit_func">
                        <span class="blind">공고 마감일</span>
                        <span class="num_dday last">15시마감</span>
                        <a class="sri_btn_xs" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=40244878" target="_blank" title="홈페이지 지원" onclick="try{s_trackApply(this, 'relay_view', 'hot100');}catch(e){};" onmousedown="try{ pushDataLayer('ga_lead', 'hot100',jobcategory_recruit, 'apply') } catch(e){}"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </span>
                </li>
                    </ul>
    </div>
    <button type="button" id="recom_btn_next" class="btn_next on"><span class="blind">다음</span></button>
</div>
</div>
<script type="text/javascript">
$j(document).ready(function () {
    var data = JSON.parse('{"t_ref":"jobcategory_recruit","t_ref_content":"hot100","t_category":"relay_view","t_content":"hot100","cat_cd":"101","career_cd":1,"rec_idx":"40223638"}') || {};
    var paramStr = '';

    if (Object.keys(data).length > 0) {
        Object.keys(data).forEach(function (key) {
            var prefix = (paramStr !== '') ? '&' : '';
            paramStr += prefix + key + '=' + data[key];
        });
    }
    var recIdx = (data.rec_idx !== '' && typeof data.rec_idx !== 'undefined') ? ('-' + data.rec_idx) : '';
    var params = ((paramStr !== '') ? ('?' + paramStr) : '');
    var pageCount = recIdx ? 9 : 10; // 공고뷰는 3개씩 보여줘서 9개만 요청

    $j.ajax({
        type: 'get',
        url: '/zf_user/jobs/hot100/get-top10' + params + (((params !== '') ? '&' : '?') + 'page_count=' + pageCount),
        dataType: 'json',
        success: function (response) {
            if (response.result === 'success') {
                $j('#hot100-top10-list' + recIdx).html(response.content);
                slideEventBind();
            }
        },
        fail: function (error) {
            console.log(error);
        }
    });

    var slideEventBind = function () {
        var slideElement = $j('.list_recomm', '#hot100-top10-list' + recIdx);
        var recruitBox = $j('.recruit_summary_basic', slideElement),
            recruitLength = recruitBox.size(),
            boxWrap = slideElement.parents('.box_recommend_slide');

        var box = recruitBox.outerWidth(),
            visibleCount = Math.ceil(boxWrap.outerWidth() / box),
            btnNext = boxWrap.find('.btn_next'),
            btnPrev = boxWrap.find('.btn_prev');

        if (recruitLength <= visibleCount) {
            return;
        }
        var num = (recruitLength / visibleCount) - 1,
            count = 0,
            moving = false,
            slideNum = 1,
            totalPage = Math.ceil(recruitLength / visibleCount),
            term = 1,
            totalText = boxWrap.find('.slide_total');

        totalText.html(totalPage);
        slideElement.css('width', (box * recruitLength) + (term * (recruitLength)));
        btnNext.addClass('on');

        btnNext.on('click', function () {
            btnPrev.show();
            if (moving) {
                return false;
            }
            moving = true;
            slide(1);
            if (count >= Math.ceil(num)) {
                $j(this).hide();
            }
        });

        btnPrev.on('click', function () {
            btnNext.show();
            if (moving) {
                return false;
            }
            moving = true;
            slide(-1);
            if (count === 0) {
                $j(this).hide();
            }
        });

        var slide = function (dir) {
            count = count + dir;
            var leftValue = ((box * (visibleCount - 1)) * -count) - (term * visibleCount * -count) + (count > 0 ? -1 : 0) + 'px';
            if (recIdx !== '') {
                leftValue = ((box * visibleCount - 1) * -count) - (term * visibleCount * -count) + 'px';
            }
            slideElement.stop().animate({ left: leftValue }, {
                complete: function () {
                    moving = false;
                }
            });
            slideNum = slideNum + dir;
            boxWrap.find('em').html(slideNum);
        };
    }
});
</script>
        
<div class="jv_cont jv_footer">
    <div class="jv_title blind">관련 태그</div>
    <div class="cont">
            <div class="tags">
        <ul class="scroll">
                                                            <li><a href="/zf_user/jobs/list/job-category?cat_bcd=1" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#경영·사무</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=101" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기획·전략·경영</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10101" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기획</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10102" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전략기획</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10103" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#사업기획</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10113" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#서비스기획</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10117" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#신규사업·BD</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=103" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#경리·출납·결산</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10308" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#더존</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10309" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#결산·정산</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10319" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#출납</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10320" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#부가세신고</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10322" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전표입력</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=114" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#회계·재무·세무·IR</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=11402" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#재무</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=11407" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#주식IR·공시</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=11419" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#내부감사·통제</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=11426" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#회계감사</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=11429" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#재무회계</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=108" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#사무보조·문서작성</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10802" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#Excel·도표</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10803" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#PowerPoint</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10805" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전산입력·편집</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10807" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#워드·문서작성</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=10812" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#사무보조</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_bcd=2" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#영업·고객상담</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=202" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#일반영업</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20222" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#법인영업</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=209" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#영업기획·관리·지원</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20901" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#고객관리</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20902" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#영업관리</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20903" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#거래처관리</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20906" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#영업지원</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20909" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#거래선개발</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=208" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기술영업</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20801" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기술영업(제조)</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20805" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기술영업(일반)</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=205" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#IT·솔루션영업</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20503" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#시스템영업</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20504" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#솔루션영업</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20505" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#네트워크영업</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20506" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#HW·SW 영업</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=20511" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기술영업(IT)</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_bcd=3" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#생산·제조</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=309" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#생산관리·품질관리</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30903" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#생산관리</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30904" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#품질관리</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30906" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#공정관리</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30915" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#QA ·QC</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30916" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#품질보증</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=302" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기계·기계설비</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30201" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기계</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30202" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기계설비</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30206" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기계설계</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30207" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기계조립</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30231" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#자동화설비</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=308" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전기·전자·제어</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30801" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전기</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30803" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#통신</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30807" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전기설비</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30814" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전자</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30816" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전기·전자회로</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30817" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#RF</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30821" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#Firmware</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30828" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#SMPS</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30834" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#PCB</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30835" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#품질엔지니어</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30836" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#공정엔지니어</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30837" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#테스트엔지니어</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30838" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#설계엔지니어</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30840" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#Analog</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30841" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#Digital</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=30842" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#OrCAD</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=314" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#반도체·디스플레이·LCD</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=31403" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#IC설계</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=31417" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#PCB</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=31420" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#제품개발</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_bcd=4" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#IT·인터넷</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=408" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#시스템개발</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=40806" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#펌웨어</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=411" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#하드웨어·소프트웨어</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=41105" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#SW(소프트웨어)</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=410" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#통신·모바일</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=41007" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#이동통신</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=41017" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#통신망가설</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=41033" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#정보통신</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=41034" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#무선통신</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=41036" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#사물인터넷(IoT)</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_bcd=5" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전문직</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=511" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#세무·회계·CPA</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=51103" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#재무</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=51104" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#회계</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=51107" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#법인결산</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=51111" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#결산</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=518" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#연구소·R&amp;D</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=51801" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#연구·실험·기술</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=51807" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#정보통신·IT</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=51812" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전기·전자연구</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=51821" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#제조·공정</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_bcd=9" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#건설</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=903" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전기·소방·통신·설비</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=90302" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#전기설비</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=90303" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#통신설비</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=90305" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기계설비</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_cd=318" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#설계·CAD·CAM</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=31801" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#CAD</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=31803" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#CAM</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=31804" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#AutoCad</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=31805" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#기계·기구설계</a></li>
                                    <li><a href="/zf_user/jobs/list/job-category?cat_key=31812" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'occupation', '');}catch(e){}">#3D설계</a></li>
                                                                <li><a href="/zf_user/jobs/list/domestic?loc_cd=102000" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'area', '');}catch(e){}">#경기</a></li>
                                    <li><a href="/zf_user/jobs/list/domestic?loc_cd=102240" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'area', '');}catch(e){}">#수원시 영통구</a></li>
                                    <li><a href="/zf_user/jobs/list/domestic?loc_cd=102400" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'area', '');}catch(e){}">#용인시</a></li>
                                    <li><a href="/zf_user/jobs/list/domestic?loc_cd=102430" target="_blank" onmousedown="try{n_trackEvent('pop_view', 'tag', 'area', '');}catch(e){}">#용인시 처인구</a></li>
                                    </ul>
        <button type="button" class="btn_tags" style="display: inline-block;"><span class="blind">태그 더보기</span></button>
    </div>
        <div class="utils">
            <p class="copy">본 채용 정보에 불법·허위·과장 또는 잘못된 내용이 있을 경우 <a target="_blank" href="/zf_user/help/inquery/email-inquiry-write?rec_idx=40223638&amp;view_type=etc" onmousedown="try{n_trackEvent('pop_view', 'warning', 'report', '');}catch(e){}">문의</a>해 주세요!</p>
            <div class="share">
                <button type="button" class="spr_jview btn_jview btn_share"><span>공유하기</span></button>
                <ul class="spr_jview list_share">
    <li><a href="http://www.facebook.com/share.php?api_key=137906922916817&amp;display=popup&amp;u=https%3A%2F%2Fwww.saramin.co.kr%2Fzf_user%2Fjobs%2Frelay%2Fview%3Frec_idx%3D40223638%26view_type%3Detc" class="spr_jview facebook" onclick="window.open(this.href, this.target, 'width=578,height=380'); return false;" onmousedown="try{n_trackEvent('pop_view', 'bottom', 'facebook', '');}catch(e){}" title="페이스북 공유하기"><span class="blind">페이스북</span></a></li>
    <li><a href="http://twitter.com/share?url=https%3A%2F%2Fwww.saramin.co.kr%2Fzf_user%2Fjobs%2Frelay%2Fview%3Frec_idx%3D40223638%26view_type%3Detc&amp;text=2021%EB%85%84%20%EB%B6%80%EB%AC%B8%EB%B3%84%20%EC%8B%A0%EC%9E%85%20%EB%B0%8F%20%EA%B2%BD%EB%A0%A5%EC%82%AC%EC%9B%90%20%EB%AA%A8%EC%A7%91%20-%20%28%EC%A3%BC%29%EC%95%8C%EC%97%90%ED%94%84%ED%85%8D%20%23saramin" class="spr_jview twitter" onclick="window.open(this.href, this.target, 'width=554,height=454'); return false;" onmousedown="try{n_trackEvent('pop_view', 'bottom', 'twitter', '');}catch(e){}" title="트위터 공유하기"><span class="blind">트위터</span></a></li>
    <li><button type="button" class="spr_jview copy_url" title="공고 주소 복사하기" onclick="JobsView.copyUrl('https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=40223638&amp;view_type=etc');" onmousedown="try{n_trackEvent('pop_view', 'bottom', 'copyurl', '' );}catch(e){}"><span class="blind">URL복사</span></button></li>
    <li><button type="button" class="spr_jview send_sms" title="이 공고 내 폰으로 전송하기" onclick="Saramin.showQuickLogin();" onmousedown="try{n_trackEvent('pop_view', 'bottom', 'sendsms', '');}catch(e){}"><span class="blind">SMS발송</span></button></li>
</ul>            </div>
            <button type="button" class="spr_jview btn_jview btn_print" onmousedown="try{n_trackEvent('pop_view', 'bottom', 'print', '');}catch(e){}"><span>인쇄하기</span></button>
        </div>
    </div>
</div></div>
                    <div class="jv_ads bottom_ads" style="">
        <div class="div-gpt-ad-1400664864294-23-wrapper" style="width:728px; height:90px;">
            <div class="google-standby-banner">
                                                            <a href="http://www.saramin.co.kr/avatar-branding/?inner_source=saramin&amp;inner_medium=banner&amp;inner_campaign=Waiting_Main_BigBanner&amp;inner_term=avatar_introduce" target="_blank"><img src="https://www.saraminbanner.co.kr/adserver/default/2019/01/pm0hyu_6urf-2rxiej_pekafl4i9h2rxelk728x90.png" alt="인공지능 취업플랫폼 사람인"></a>
                                                </div>
            <div class="div-gpt-ad-1400664864294-23-inner" style="display: none;">
                <div class="div-gpt-ad-1400664864294-23" id="div-gpt-ad-1400664864294-23" style=""><div id="google_ads_iframe_/61280259/recruit-view_728x90_0__container__" style="border: 0pt none; width: 728px; height: 0px;"></div></div>
            </div>
        </div>
    </div>
                </section>
            </div>

    <div class="jv_remote" style="transform: translate(0px, 0px);">
        <div class="links"><button type="button" class="spr_jview jv_detail ready on" title="채용공고" onmousedown="try{n_trackEvent('pop_view', 'remote_control', 'detail_position', '');}catch(e){}"><span>채용공고</span></button><button type="button" class="spr_jview jv_howto ready" title="접수방법" onmousedown="try{n_trackEvent('pop_view', 'remote_control', 'howto', '');}catch(e){}"><span>접수방법</span></button><button type="button" class="spr_jview jv_statics ready" title="지원자통계" onmousedown="try{n_trackEvent('pop_view', 'remote_control', 'statistics', '');}catch(e){}"><span>지원자통계</span></button><button type="button" class="spr_jview jv_company ready" title="기업정보" onmousedown="try{n_trackEvent('pop_view', 'remote_control', 'companyinfo', '');}catch(e){}"><span>기업정보</span></button><button type="button" class="spr_jview jv_reference" title="합격자료" onmousedown="try{n_trackEvent('pop_view', 'remote_control', 'passdata', '');}catch(e){}"><span>합격자료</span></button></div>
        <div class="nav">
            <button type="button" class="spr_jview btn_prev" onmousedown="try{n_trackEvent('pop_view', 'remote_control', 'before', '');}catch(e){}"><span>이전공고</span></button>
            <button type="button" class="spr_jview btn_next" onmousedown="try{n_trackEvent('pop_view', 'remote_control', 'after', '');}catch(e){}"><span>다음공고</span></button>
        </div>
    </div>

<div class="jview_floating jview">
    <div class="inner">
        <div class="jv_header_float"><div class="jv_header" data-rec_idx="40223638" data-rec_seq="0">
                            <a href="/zf_user/company-info/view?csn=bWJwVjNEU214QjFsUnhwMndZNnZZQT09&amp;popup_yn=y" class="company" target="_blank" onclick="window.open(this.href, ''); return false;" onmousedown="try{n_trackEvent('pop_view', 'title', 'company', '');}catch(e){}">
                (주)알에프텍            </a>
                        <button type="button" csn="bWJwVjNEU214QjFsUnhwMndZNnZZQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'title', 'favor', '');}catch(e){}" first_nudge="off"><span>관심기업 등록</span></button>                <a href="/zf_user/company-info/view-inner-recruit?csn=bWJwVjNEU214QjFsUnhwMndZNnZZQT09" class="btn_jview btn_careers" target="_blank" onclick="window.open(this.href, ''); return false;" onmousedown="try{n_trackEvent('pop_view', 'title', 'company', 'recruit-list');}catch(e){}"><span>채용중 <span class="num">3</span></span></a>
                <h1 class="tit_job">
                        2021년 부문별 신입 및 경력사원 모집        </h1>

        <button type="button" class="btn_scrap  scrap-40223638" title="공고스크랩" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40223638" imgtype="button" onmousedown="try{n_trackEvent('pop_view', 'summary', 'scrap', '');}catch(e){}">
            <span class="txt_scrap">108</span>
        </button>

        <div class="btn_apply">
            <span class="dday">오늘 마감</span>            <button class="sri_btn_lg for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40223638','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=main&amp;t_ref_content=platinum_fix_expand&amp;t_ref_scnid=&amp;dpId=&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_apply_0&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','summary','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>        </div>
    </div></div>
            </div>
</div>    <div class="jview_recommendation">
        <h2 class="jv_title">
            <strong>추천</strong> 채용정보
            <div class="toolTipWrap">
                <button type="button" class="spr_jview btn_jview btn_help"><span>help</span></button>
                <div class="toolTip">
                    <span class="tail tail_top_center"></span>
                    <div class="toolTipCont txtLeft">
                        <p>사람인 <em>인공지능 기술</em> 기반으로 맞춤 공고를 추천해드리는 사람인의 채용정보제공 서비스입니다.</p>
                    </div>
                </div>
            </div>
        </h2>
        <table class="offer tbl">
            <colgroup>
                <col width="200">
                <col width="512">
                <col width="248">
            </colgroup>
            <tbody><tr class="blind">
                <th scope="col">기업명</th>
                <th scope="col">공고명</th>
                <th scope="col">마감일, 등록일</th>
            </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40247683&amp;recommend_ids=40220853_561%257C40284889_596%257C40289457_594%257C40263386_596%257C40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=561&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_0&amp;inner_term=etc" class="link">한국훼스토(주)</a>
                        <button type="button" csn="c2FieXFSUWxtUGpBRk83T0ZsZW9FZz09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40247683&amp;recommend_ids=40220853_561%257C40284889_596%257C40289457_594%257C40263386_596%257C40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=561&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_0&amp;inner_term=etc" class="link">한국훼스토 각 부문 경력/신입사원 채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40247683" class="btn_scrap scrap-40247683" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">영등포구 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 초대졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 5/30(일)</span>11일 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40247683','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=561&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_1&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40220853&amp;recommend_ids=40284889_596%257C40289457_594%257C40263386_596%257C40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=561&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_1&amp;inner_term=etc" class="link">(주)위니아딤채</a>
                        <button type="button" csn="elg2cHVUU1dJWEJjRUdmNmZLZjBUdz09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40220853&amp;recommend_ids=40284889_596%257C40289457_594%257C40263386_596%257C40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=561&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_1&amp;inner_term=etc" class="link">2021년 상반기 신입/경력 사원 채용(가전R&amp;Dㆍ영업ㆍ지원)</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40220853" class="btn_scrap scrap-40220853" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">서울전체 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 대졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 5/31(월)</span>14일 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40220853','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=561&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_2&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40284889&amp;recommend_ids=40289457_594%257C40263386_596%257C40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_2&amp;inner_term=etc" class="link">(주)테스</a>
                        <button type="button" csn="Sm0zeEhxa0R3YTlZRmVVeEMwbE5MQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40284889&amp;recommend_ids=40289457_594%257C40263386_596%257C40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_2&amp;inner_term=etc" class="link">2021년 상반기 각 부문 신입/경력 채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40284889" class="btn_scrap scrap-40284889" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">경기전체 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 고졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">내일마감</span>5일 전 등록</span>
                        <a class="sri_btn_sm for_btn_event" href="/zf_user/jobs/relay/pop-view?view_type=etc&amp;rec_idx=40284889&amp;recommend_ids=40289457_594%7C40263386_596%7C40245967_596%7C40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596" title="홈페이지 지원" onclick="try{s_trackApply(this, 'pop_view', 'pop_view_etc');}catch(e){};"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40289457&amp;recommend_ids=40263386_596%257C40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=594&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_3&amp;inner_term=etc" class="link">한국알박(주)</a>
                        <button type="button" csn="dGErMGVPRDdzTmFudG1FY1RWSXkrUT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40289457&amp;recommend_ids=40263386_596%257C40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=594&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_3&amp;inner_term=etc" class="link">2021년 부문별 신입/경력 채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40289457" class="btn_scrap scrap-40289457" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">성남시 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 초대졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 5/30(일)</span>5일 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40289457','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=594&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_4&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40263386&amp;recommend_ids=40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_4&amp;inner_term=etc" class="link">하나마이크론(주)</a>
                        <button type="button" csn="bng4WHVsNUZCUXd1UndXUXduWjdCQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40263386&amp;recommend_ids=40245967_596%257C40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_4&amp;inner_term=etc" class="link">하나마이크론㈜ 신입/경력/전문연구요원 모집</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40263386" class="btn_scrap scrap-40263386" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">성남시 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 고졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">오늘마감</span>8일 전 등록</span>
                        <a class="sri_btn_sm for_btn_event" href="/zf_user/jobs/relay/pop-view?view_type=etc&amp;rec_idx=40263386&amp;recommend_ids=40245967_596%7C40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596" title="홈페이지 지원" onclick="try{s_trackApply(this, 'pop_view', 'pop_view_etc');}catch(e){};"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40245967&amp;recommend_ids=40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_5&amp;inner_term=etc" class="link">쿠쿠홀딩스(주)</a>
                        <button type="button" csn="MVNzVTc1SmVuUGQxdXZ0YitnbFJOUT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40245967&amp;recommend_ids=40274487_596%257C40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_5&amp;inner_term=etc" class="link">CUCKOO 2021년 상반기 모집공고</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40245967" class="btn_scrap scrap-40245967" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">서울전체 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 초대졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">오늘마감</span>11일 전 등록</span>
                        <a class="sri_btn_sm for_btn_event" href="/zf_user/jobs/relay/pop-view?view_type=etc&amp;rec_idx=40245967&amp;recommend_ids=40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596" title="홈페이지 지원" onclick="try{s_trackApply(this, 'pop_view', 'pop_view_etc');}catch(e){};"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40274487&amp;recommend_ids=40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_6&amp;inner_term=etc" class="link">(주)경동나비엔</a>
                        <button type="button" csn="U0ZMYzQwUENzdjg4Qm9CWDNCOG5TQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40274487&amp;recommend_ids=40321862_595%257C40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_6&amp;inner_term=etc" class="link">2021년 경동 관리직/기술직 공개채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40274487" class="btn_scrap scrap-40274487" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">구로구 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 대졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 5/30(일)</span>7일 전 등록</span>
                        <a class="sri_btn_sm for_btn_event" href="/zf_user/jobs/relay/pop-view?view_type=etc&amp;rec_idx=40274487&amp;recommend_ids=40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596" title="홈페이지 지원" onclick="try{s_trackApply(this, 'pop_view', 'pop_view_etc');}catch(e){};"><span class="sri_btn_homepage_apply">홈페이지 지원</span></a>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40321862&amp;recommend_ids=40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=595&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_7&amp;inner_term=etc" class="link">(주)에코프로</a>
                        <button type="button" csn="dFNpK05pYmZoVzBWU0h5bm91TjJCdz09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40321862&amp;recommend_ids=40112056_596%257C40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=595&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_7&amp;inner_term=etc" class="link">에코프로그룹 각 부문 대규모 경력직 채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40321862" class="btn_scrap scrap-40321862" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">화성시 <span class="txt_bar">|</span> 경력 <span class="txt_bar">|</span> 초대졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 6/6(일)</span>19시간 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40321862','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=595&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_8&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40112056&amp;recommend_ids=40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_8&amp;inner_term=etc" class="link">(주)오이솔루션</a>
                        <button type="button" csn="OG04aEE1SkIvNmpwU2hsNmpqdm5WQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40112056&amp;recommend_ids=40138207_561%257C40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_8&amp;inner_term=etc" class="link">㈜오이솔루션 각 부문 신입/경력 채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40112056" class="btn_scrap scrap-40112056" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">수원시 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 고졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 6/10(목)</span>29일 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40112056','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=596&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_9&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40138207&amp;recommend_ids=40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=561&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_9&amp;inner_term=etc" class="link">파크시스템스(주)</a>
                        <button type="button" csn="eTJlekc0c2NPQ0pqQUZmdURGMU5WQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40138207&amp;recommend_ids=40129976_594%257C40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=561&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_9&amp;inner_term=etc" class="link">2021년 상반기 각 부문 신입/경력사원 채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40138207" class="btn_scrap scrap-40138207" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">경기전체 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 초대졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 5/28(금)</span>26일 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40138207','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=561&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_10&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40129976&amp;recommend_ids=40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=594&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_10&amp;inner_term=etc" class="link">(주)세경하이테크</a>
                        <button type="button" csn="TUJmQzg3Z0JuYUVKZmdta3NmM21rQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40129976&amp;recommend_ids=40321804_595%257C40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=594&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_10&amp;inner_term=etc" class="link">각 부문 신입/경력 공개채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40129976" class="btn_scrap scrap-40129976" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">수원시 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 초대졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 5/31(월)</span>27일 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40129976','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=594&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_11&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40321804&amp;recommend_ids=40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=595&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_11&amp;inner_term=etc" class="link">(주)아이다인터내셔널</a>
                        <button type="button" csn="Y21Cc2ZLaFRLV3NiMFNUN0tVN0JIZz09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40321804&amp;recommend_ids=40085293_594%257C39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=595&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_11&amp;inner_term=etc" class="link">해외영업 채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40321804" class="btn_scrap scrap-40321804" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">안산시 단원구 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 학력무관</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 6/30(수)</span>19시간 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40321804','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=595&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_12&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40085293&amp;recommend_ids=39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=594&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_12&amp;inner_term=etc" class="link">(주)디알텍</a>
                        <button type="button" csn="SEZhelJTTC9aOGd0Q0JkbC9jTkdIQT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40085293&amp;recommend_ids=39989468_602%257C40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=594&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_12&amp;inner_term=etc" class="link">2021년 상반기 신입 및 경력채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40085293" class="btn_scrap scrap-40085293" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">성남시 분당구 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 고졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 5/31(월)</span>33일 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40085293','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=594&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_13&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=39989468&amp;recommend_ids=40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=602&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_13&amp;inner_term=etc" class="link">(주)엔앤케이</a>
                        <button type="button" csn="aHJwam5xZTg4Z2YwRk9PNExmVzMzdz09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=39989468&amp;recommend_ids=40256678_596&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=602&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_13&amp;inner_term=etc" class="link">반도체, 디스플레이, CS, Heater, Jacket, 히터, 자켓</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="39989468" class="btn_scrap scrap-39989468" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">오산시 <span class="txt_bar">|</span> 경력무관 <span class="txt_bar">|</span> 학력무관</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 6/8(화)</span>47일 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('39989468','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=602&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_14&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                            <tr>
                    <td class="company">
                        <a href="/zf_user/jobs/relay/pop-view?rec_idx=40256678&amp;recommend_ids=none&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_14&amp;inner_term=etc" class="link">(주)동아일렉콤</a>
                        <button type="button" csn="OTZQZWVUNWYycGFzdXIvS2liQ3JuUT09" title="관심기업 등록" del_fl="n" class="btn_jview spr_jview btn_interest" onclick="try{Saramin.btnJob('favor', this, '', 'quick_login');}catch(e){}" onmousedown="try {n_trackEvent('pop_view', 'recommend', 'favor', '');}catch(e){}" first_nudge="off"><span class="blind">관심기업 등록</span></button>                                            </td>
                    <td class="recruit">
                <span class="txt_recruit">
                    <a href="/zf_user/jobs/relay/pop-view?rec_idx=40256678&amp;recommend_ids=none&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;view_type=etc&amp;refer=y&amp;rec_scn_id=596&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=pop_view_14&amp;inner_term=etc" class="link">㈜동아일렉콤 신입/경력사원 공개채용</a>
                    <button type="button" onclick="Saramin.btnJob('scrap', this, '', 'quick_login');" scraped="n" rec_idx="40256678" class="btn_scrap scrap-40256678" imgtype="" title="공고 스크랩" onmousedown="try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}"><img src="//www.saraminimage.co.kr/common/bul_sri_star.png" alt=""></button>                </span>
                        <span class="info">용인시 <span class="txt_bar">|</span> 신입/경력 <span class="txt_bar">|</span> 초대졸↑</span>
                    </td>
                    <td>
                        <span class="d_day"><span class="date">~ 6/3(목)</span>9일 전 등록</span>
                        <button class="sri_btn_sm for_btn_event" title="클릭하면 입사지원할 수 있는 창이 뜹니다." onclick="try{quickApplyForm('40256678','','t_category=pop_view&amp;t_content=pop_view_etc&amp;t_ref=pop_view&amp;t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&amp;t_ref_scnid=596&amp;dpId=SRI_050_VIEW_MIX_RCT_NONMEM&amp;ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&amp;inner_source=saramin&amp;inner_medium=pattern&amp;inner_campaign=relay_view_apply_15&amp;inner_term=etc', ''); return false;} catch (e) {}; return false;" onmousedown="try{n_trackEvent('pop_view','recommend','quick_apply','');}catch(e){}"><span class="sri_btn_immediately">입사지원</span></button>                    </td>
                </tr>
                    </tbody></table>
    </div>
    
    <button type="button" class="spr_jview jview_top" onmousedown="try{n_trackEvent('pop_view', 'bottom', 'top', '');}catch(e){}"><span>TOP</span></button>
    <div class="jview_toast"></div>

    <iframe id="downloadFrame" name="downloadFrame" scrolling="no" frameborder="0" style="display:none;position:absolute;top:0px;left:0px;"></iframe>
    <input type="hidden" id="goStatistic" name="goStatistic" value="stop">

    <script type="text/javascript" src="/js/jobs-view.js?ts=20210525163233"></script>
    <script type="text/javascript">
        var jv_options = {
            'is_seo' : 'no',
            'is_mypage' : 'no',
            'is_popup' : 'yes',
            'is_print' : '',
            'view_type' : 'etc',
            'view_category' : 'pop_view',
            'requestUrl' : '/zf_user/jobs/relay/view-ajax',
            'recruit_idxs' : [{"rec_idx":"40223638","t_ref_scnid":""},{"rec_idx":"40247683","t_ref_scnid":"561"},{"rec_idx":"40220853","t_ref_scnid":"561"},{"rec_idx":"40284889","t_ref_scnid":"596"},{"rec_idx":"40289457","t_ref_scnid":"594"},{"rec_idx":"40263386","t_ref_scnid":"596"},{"rec_idx":"40245967","t_ref_scnid":"596"},{"rec_idx":"40274487","t_ref_scnid":"596"},{"rec_idx":"40321862","t_ref_scnid":"595"},{"rec_idx":"40112056","t_ref_scnid":"596"},{"rec_idx":"40138207","t_ref_scnid":"561"},{"rec_idx":"40129976","t_ref_scnid":"594"},{"rec_idx":"40321804","t_ref_scnid":"595"},{"rec_idx":"40085293","t_ref_scnid":"594"},{"rec_idx":"39989468","t_ref_scnid":"602"},{"rec_idx":"40256678","t_ref_scnid":"596"}],
            'recruit_list' : [{"job_type":"1","company_type":"goodcompany,w-small-giant,invest,ex_audit,ex_import","exp_min":"0","cat_bcd":"1,2,3,9,10,11","csn_num":"119-81-02596","description":"","company_file_fl":"n","title":"\ud55c\uad6d\ud6fc\uc2a4\ud1a0 \uac01 \ubd80\ubb38 \uacbd\ub825\/\uc2e0\uc785\uc0ac\uc6d0 \ucc44\uc6a9","mcom_idx":"2496920","logo_src":"17597_logo_1.gif","personnel_manager_fl":"s,n","read_cnt":"40082","group_nm":"","sales_rank":"0","reg_dt":"1620977085","apply_cnt":"614","cat_cd":"1002,101,102,1103,119,202,205,208,209,302,308,309,906","loc_cd":"101200,102510,108070","valuestatement":"n","apply_gb":"email","edu_cd":"7","subway_cd":"0","cert_class":"goodcompany,w-small-giant","info_open_fl":"y","opening_dt":"1620918000","com_idx":"17597","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622386799","loc_mcd":"101000,102000,108000","item_id":"ai_recommend5,ai_recommend_m5,bold_m2,icon_attention_m2,rank_up6_m2","cat_key":"10101|10102|10103|10105|10111|10112|10113|10202|10207|11902|11905|11906|11907|11910|11925|20208|20219|20222|20223|20503|20504|20506|20508|20509|20511|20801|20804|20805|20807|20901|20902|20903|20905|20906|20908|20909|20910|20911|20912|30201|30202|30206|30225|30230|30231|30801|30807|30808|30809|30812|30813|30814|30815|30816|30820|30821|30824|30829|30830|30834|30836|30838|30842|30903|30904|30905|30906|30908|30909|30914|30916|90603|90607|90608|90612|90613|100202|100208|100209|100210|100211|100212|100213|100214|100220|110301|110312","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"","loc_bcd":"101200,102510,108070","exp_max":"0","rec_idx":"40247683","bbs_gb":"1","company_nm":"\ud55c\uad6d\ud6fc\uc2a4\ud1a0(\uc8fc)","category":"eutteum_fix,grand_m,headline_prime,logo_premium_fix,platinum_fix_expand,platinum_m,premium_fix_m","pc_sort_dt":"1621998007","homepage":"www.festokorea.co.kr","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"561","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=561&tgId=0&itemSetId=0&itemValue=40247683&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40247683\" class=\"btn_scrap scrap-40247683\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"561","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_1","inner_term":"etc"}}},"summary_str":"\uc601\ub4f1\ud3ec\uad6c <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ucd08\ub300\uc878\u2191","closing_str":"~ 5\/30(\uc77c)","recommend_ids_list":"40220853_561%7C40284889_596%7C40289457_594%7C40263386_596%7C40245967_596%7C40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40247683&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=561&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_1&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"c2FieXFSUWxtUGpBRk83T0ZsZW9FZz09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"11\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"goodcompany","exp_min":"0","cat_bcd":"1,2,3,4,9,10,12","csn_num":"312-81-38164","description":"","company_file_fl":"n","title":"2021\ub144 \uc0c1\ubc18\uae30 \uc2e0\uc785\/\uacbd\ub825 \uc0ac\uc6d0 \ucc44\uc6a9(\uac00\uc804R&D\u318d\uc601\uc5c5\u318d\uc9c0\uc6d0)","mcom_idx":"2482190","logo_src":"252_logo_1.gif","personnel_manager_fl":"s,n","read_cnt":"81310","group_nm":"","sales_rank":"473","reg_dt":"1620721250","apply_cnt":"3476","cat_cd":"1002,1003,1005,101,102,104,113,114,1203,202,208,209,213,308,318,407,411,412,905","loc_cd":"101000,101010,102000,102210,104000,105000","valuestatement":"n","apply_gb":"email","edu_cd":"8","subway_cd":"20120","cert_class":"goodcompany","info_open_fl":"y","opening_dt":"1620658800","com_idx":"252","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622473199","loc_mcd":"101000,102000,104000,105000","item_id":"ai_recommend5,ai_recommend_m5,bold_m2,icon_attention_m2,rank_up6_m2","cat_key":"10101|10102|10103|10108|10117|10213|10401|10402|10407|10412|11301|11303|11317|11319|11423|11424|11427|20223|20803|20804|20805|20807|20902|20908|20910|20911|20912|21304|30820|30821|30824|30834|30838|31805|31812|40709|40712|40716|40762|41102|41105|41213|90502|90514|90519|100212|100213|100214|100220|100301|100309|100310|100312|100501|100502|100509|120301","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"kospi","loc_bcd":"101000,101010,102000,102210,104000,105000","exp_max":"0","rec_idx":"40220853","bbs_gb":"1","company_nm":"(\uc8fc)\uc704\ub2c8\uc544\ub524\ucc44","category":"eutteum_fix,grand_m,headline_prime,logo_premium_fix,platinum_fix_expand,platinum_m,premium_fix_m","pc_sort_dt":"1621582486","homepage":"www.winiadimchae.com","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"561","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_1","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=561&tgId=0&itemSetId=0&itemValue=40220853&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40220853\" class=\"btn_scrap scrap-40220853\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"561","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_2","inner_term":"etc"}}},"summary_str":"\uc11c\uc6b8\uc804\uccb4 <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ub300\uc878\u2191","closing_str":"~ 5\/31(\uc6d4)","recommend_ids_list":"40284889_596%7C40289457_594%7C40263386_596%7C40245967_596%7C40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40220853&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=561&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_2&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"elg2cHVUU1dJWEJjRUdmNmZLZjBUdz09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"14\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"venture,innobiz,goodcompany,w-small-giant,cooperator,stock,military","exp_min":"0","cat_bcd":"3,4,5","csn_num":"135-81-57375","description":"","company_file_fl":"n","title":"2021\ub144 \uc0c1\ubc18\uae30 \uac01 \ubd80\ubb38 \uc2e0\uc785\/\uacbd\ub825 \ucc44\uc6a9","mcom_idx":"2495806","logo_src":"16483_logo.gif","personnel_manager_fl":"n","read_cnt":"8544","group_nm":"","sales_rank":"0","reg_dt":"1621491931","apply_cnt":"0","cat_cd":"302,308,314,318,402,518","loc_cd":"102000,102400,102430,102460,102480","valuestatement":"n","apply_gb":"homepage","edu_cd":"6","subway_cd":"0","cert_class":"venture,innobiz,goodcompany,w-small-giant,cooperator","info_open_fl":"y","opening_dt":"1621522800","com_idx":"16483","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622127599","loc_mcd":"102000","item_id":"ai_recommend5,ai_recommend_m5,bold_m2,icon_attention_m2,rank_up6_m2","cat_key":"30201|30206|30814|30829|30835|30838|30842|31402|31417|31418|31419|31420|31801|31803|31805|40201|40203|40204|40226|40232|51801|51806|51811|51812","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"kosdaq","loc_bcd":"102000,102400,102430,102460,102480","exp_max":"0","rec_idx":"40284889","bbs_gb":"0","company_nm":"(\uc8fc)\ud14c\uc2a4","category":"aljja2,headline_prime,logo_premium_alpha,premium_alpha_m,premium_fix_m,prime_m,prime_plus","pc_sort_dt":"1621835772","homepage":"www.hites.co.kr","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_2","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=596&tgId=0&itemSetId=0&itemValue=40284889&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40284889\" class=\"btn_scrap scrap-40284889\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_3","inner_term":"etc"}}},"summary_str":"\uacbd\uae30\uc804\uccb4 <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \uace0\uc878\u2191","closing_str":"\ub0b4\uc77c\ub9c8\uac10","recommend_ids_list":"40289457_594%7C40263386_596%7C40245967_596%7C40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<a  class=\"sri_btn_sm for_btn_event\" href=\"\/zf_user\/jobs\/relay\/pop-view?view_type=etc&amp;rec_idx=40284889&amp;recommend_ids=40289457_594%7C40263386_596%7C40245967_596%7C40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596\" title=\"\ud648\ud398\uc774\uc9c0 \uc9c0\uc6d0\" onclick=\"try{s_trackApply(this, &#39;pop_view&#39;, &#39;pop_view_etc&#39;);}catch(e){};\"><span class=\"sri_btn_homepage_apply\" >\ud648\ud398\uc774\uc9c0 \uc9c0\uc6d0<\/span><\/a>","favorBtn":"<button  type=\"button\" csn=\"Sm0zeEhxa0R3YTlZRmVVeEMwbE5MQT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"5\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"cooperator,invest,ex_audit,ex_import","exp_min":"0","cat_bcd":"1,2,3,4,5,9,10","csn_num":"214-81-90298","description":"","company_file_fl":"n","title":"2021\ub144 \ubd80\ubb38\ubcc4 \uc2e0\uc785\/\uacbd\ub825 \ucc44\uc6a9","mcom_idx":"2496672","logo_src":"17349_logo.gif","personnel_manager_fl":"s,n","read_cnt":"11011","group_nm":"\ud55c\uad6d\uc54c\ubc15","sales_rank":"0","reg_dt":"1621557474","apply_cnt":"359","cat_cd":"1003,114,208,302,303,308,314,318,404,407,416,518,906","loc_cd":"102180,102480","valuestatement":"n","apply_gb":"email,homepage","edu_cd":"7","subway_cd":"0","cert_class":"cooperator","info_open_fl":"y","opening_dt":"1621522800","com_idx":"17349","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622386799","loc_mcd":"102000","item_id":"bold_m2,icon_attention_m2,rank_up3_m2","cat_key":"11417|11418|20801|20803|20804|20805|30201|30202|30206|30302|30303|30304|30310|30801|30808|30813|30829|30834|30838|31402|31406|31408|31417|31801|31804|31805|31812|31813|40404|40416|40701|40702|40709|40712|40716|40722|40728|41602|41603|41604|41610|41611|51806|51811|51812|51821|90603|90608|90609|90611|90613|100301|100302|100303","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"","loc_bcd":"102180,102480","exp_max":"0","rec_idx":"40289457","bbs_gb":"0","company_nm":"\ud55c\uad6d\uc54c\ubc15(\uc8fc)","category":"headline_banner,logo_premium,narae,premium_alpha_m,special_plus,special_plus_m","pc_sort_dt":"1621954831","homepage":"www.ulvackorea.co.kr","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"594","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_3","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=594&tgId=0&itemSetId=0&itemValue=40289457&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40289457\" class=\"btn_scrap scrap-40289457\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"594","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_4","inner_term":"etc"}}},"summary_str":"\uc131\ub0a8\uc2dc <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ucd08\ub300\uc878\u2191","closing_str":"~ 5\/30(\uc77c)","recommend_ids_list":"40263386_596%7C40245967_596%7C40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40289457&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=594&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_4&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"dGErMGVPRDdzTmFudG1FY1RWSXkrUT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"5\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"ex_audit,ex_import","exp_min":"0","cat_bcd":"3,4,5,10","csn_num":"312-81-50630","description":"","company_file_fl":"n","title":"\ud558\ub098\ub9c8\uc774\ud06c\ub860\u321c \uc2e0\uc785\/\uacbd\ub825\/\uc804\ubb38\uc5f0\uad6c\uc694\uc6d0 \ubaa8\uc9d1","mcom_idx":"2485098","logo_src":"5771_logo_1.gif","personnel_manager_fl":"s,n","read_cnt":"5827","group_nm":"\ud558\ub098\ub9c8\uc774\ud06c\ub860","sales_rank":"0","reg_dt":"1621236774","apply_cnt":"0","cat_cd":"1003,308,309,314,315,404,407,408,411,416,417,518","loc_cd":"102180,102190,115100","valuestatement":"n","apply_gb":"homepage","edu_cd":"6","subway_cd":"0","cert_class":"","info_open_fl":"y","opening_dt":"1621177200","com_idx":"5771","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622041199","loc_mcd":"102000,115000","item_id":"ai_recommend4,ai_recommend_m4,rank_up3_m2","cat_key":"30836|30838|30903|30904|30906|30915|30916|31401|31402|31403|31404|31405|31406|31407|31408|31411|31413|31415|31419|31420|31501|31502|31516|40402|40404|40407|40413|40701|40702|40712|40716|40728|40732|40734|40745|40746|40802|40805|40806|40808|40812|41105|41604|41701|41702|41703|41704|41705|51801|51806|51821|100301|100309|100312","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"kosdaq","loc_bcd":"102180,102190,115100","exp_max":"0","rec_idx":"40263386","bbs_gb":"0","company_nm":"\ud558\ub098\ub9c8\uc774\ud06c\ub860(\uc8fc)","category":"logo_premium,narae,nuri2,premium_alpha_m,premium_mobile,special_fix_expand,special_mobile","pc_sort_dt":"1621566014","homepage":"www.hanamicron.co.kr","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_4","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=596&tgId=0&itemSetId=0&itemValue=40263386&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40263386\" class=\"btn_scrap scrap-40263386\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_5","inner_term":"etc"}}},"summary_str":"\uc131\ub0a8\uc2dc <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \uace0\uc878\u2191","closing_str":"\uc624\ub298\ub9c8\uac10","recommend_ids_list":"40245967_596%7C40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<a  class=\"sri_btn_sm for_btn_event\" href=\"\/zf_user\/jobs\/relay\/pop-view?view_type=etc&amp;rec_idx=40263386&amp;recommend_ids=40245967_596%7C40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596\" title=\"\ud648\ud398\uc774\uc9c0 \uc9c0\uc6d0\" onclick=\"try{s_trackApply(this, &#39;pop_view&#39;, &#39;pop_view_etc&#39;);}catch(e){};\"><span class=\"sri_btn_homepage_apply\" >\ud648\ud398\uc774\uc9c0 \uc9c0\uc6d0<\/span><\/a>","favorBtn":"<button  type=\"button\" csn=\"bng4WHVsNUZCUXd1UndXUXduWjdCQT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"8\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"goodcompany,ex_audit,military,ex_import","exp_min":"0","cat_bcd":"1,2,3,4,5,6,9,10,12,13","csn_num":"621-81-02895","description":"","company_file_fl":"n","title":"CUCKOO 2021\ub144 \uc0c1\ubc18\uae30 \ubaa8\uc9d1\uacf5\uace0","mcom_idx":"2485002","logo_src":"5675_logo_2.jpg","personnel_manager_fl":"s,n","read_cnt":"24422","group_nm":"\ucfe0\ucfe0\ud640\ub529\uc2a4","sales_rank":"929","reg_dt":"1620969954","apply_cnt":"0","cat_cd":"1001,1002,1003,1005,101,102,104,108,113,114,119,1201,1203,1209,1304,202,209,213,308,309,318,404,407,408,411,510,511,601,906,908","loc_cd":"101000,102270,110100,113120","valuestatement":"n","apply_gb":"homepage","edu_cd":"7","subway_cd":"0","cert_class":"goodcompany","info_open_fl":"y","opening_dt":"1621177200","com_idx":"5675","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622041199","loc_mcd":"101000,102000,110000,113000","item_id":"bold_m2,icon_attention_m2","cat_key":"10101|10102|10103|10113|10117|10202|10210|10407|10413|10802|10803|10805|10812|11301|11303|11317|11321|11402|11416|11423|11429|11902|11905|11906|11912|20208|20214|20223|20901|20902|20903|20906|20910|20911|21304|30834|30903|30904|30905|30906|30916|31801|31802|31804|31813|40404|40701|40712|40716|40720|40734|40805|41102|41105|51010|51013|51014|51103|51104|51107|51111|60101|60102|60108|90603|90608|90801|90802|90804|90813|100102|100115|100208|100209|100213|100214|100220|100301|100302|100303|100309|100501|100502|100509|120101|120102|120115|120301|120302|120911|130401","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"kospi","loc_bcd":"101000,102270,110100,113120","exp_max":"0","rec_idx":"40245967","bbs_gb":"1","company_nm":"\ucfe0\ucfe0\ud640\ub529\uc2a4(\uc8fc)","category":"bigred_m,grand_m,headline_prime,logo_premium_fix,main_first_top,platinum,premium_fix_m","pc_sort_dt":"1621609540","homepage":"www.cuckoo.co.kr","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_5","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=596&tgId=0&itemSetId=0&itemValue=40245967&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40245967\" class=\"btn_scrap scrap-40245967\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_6","inner_term":"etc"}}},"summary_str":"\uc11c\uc6b8\uc804\uccb4 <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ucd08\ub300\uc878\u2191","closing_str":"\uc624\ub298\ub9c8\uac10","recommend_ids_list":"40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<a  class=\"sri_btn_sm for_btn_event\" href=\"\/zf_user\/jobs\/relay\/pop-view?view_type=etc&amp;rec_idx=40245967&amp;recommend_ids=40274487_596%7C40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596\" title=\"\ud648\ud398\uc774\uc9c0 \uc9c0\uc6d0\" onclick=\"try{s_trackApply(this, &#39;pop_view&#39;, &#39;pop_view_etc&#39;);}catch(e){};\"><span class=\"sri_btn_homepage_apply\" >\ud648\ud398\uc774\uc9c0 \uc9c0\uc6d0<\/span><\/a>","favorBtn":"<button  type=\"button\" csn=\"MVNzVTc1SmVuUGQxdXZ0YitnbFJOUT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"11\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"goodcompany,w-small-giant","exp_min":"0","cat_bcd":"1,2,3,4,10","csn_num":"125-81-01234","description":"","company_file_fl":"n","title":"2021\ub144 \uacbd\ub3d9 \uad00\ub9ac\uc9c1\/\uae30\uc220\uc9c1 \uacf5\uac1c\ucc44\uc6a9","mcom_idx":"2482673","logo_src":"736_logo_2.gif","personnel_manager_fl":"n","read_cnt":"22157","group_nm":"\uacbd\ub3d9\uc6d0","sales_rank":"981","reg_dt":"1621324883","apply_cnt":"0","cat_cd":"1002,1003,1005,101,102,104,114,119,202,209,309,315,407,409","loc_cd":"101070,101200,102480,103000,105000,106000,115100","valuestatement":"n","apply_gb":"homepage","edu_cd":"8","subway_cd":"0","cert_class":"goodcompany,w-small-giant","info_open_fl":"y","opening_dt":"1621263600","com_idx":"736","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622386799","loc_mcd":"101000,102000,103000,105000,106000,115000","item_id":"bold_m2,icon_attention_m2,rank_up6_m2","cat_key":"10101|10102|10103|10108|10113|10202|10203|10207|10214|10217|10401|10402|10407|10411|10412|11402|11416|11418|11420|11421|11426|11427|11429|11902|11905|11912|11913|11919|20208|20214|20219|20222|20223|20901|20902|20906|20909|20910|30903|30905|30906|30909|30915|30916|31501|31502|31505|31512|31516|40701|40702|40707|40708|40732|40904|40909|40912|40915|40916|100202|100208|100211|100212|100214|100301|100302|100303|100309|100312|100501|100502|100508|100509","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"kospi","loc_bcd":"101070,101200,102480,103000,105000,106000,115100","exp_max":"0","rec_idx":"40274487","bbs_gb":"1","company_nm":"(\uc8fc)\uacbd\ub3d9\ub098\ube44\uc5d4","category":"eutteum_fix,grand_m,headline_prime,logo_premium_fix,platinum_fix_expand,platinum_m,premium_fix_m","pc_sort_dt":"1621868729","homepage":"","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_6","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=596&tgId=0&itemSetId=0&itemValue=40274487&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40274487\" class=\"btn_scrap scrap-40274487\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_7","inner_term":"etc"}}},"summary_str":"\uad6c\ub85c\uad6c <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ub300\uc878\u2191","closing_str":"~ 5\/30(\uc77c)","recommend_ids_list":"40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<a  class=\"sri_btn_sm for_btn_event\" href=\"\/zf_user\/jobs\/relay\/pop-view?view_type=etc&amp;rec_idx=40274487&amp;recommend_ids=40321862_595%7C40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596\" title=\"\ud648\ud398\uc774\uc9c0 \uc9c0\uc6d0\" onclick=\"try{s_trackApply(this, &#39;pop_view&#39;, &#39;pop_view_etc&#39;);}catch(e){};\"><span class=\"sri_btn_homepage_apply\" >\ud648\ud398\uc774\uc9c0 \uc9c0\uc6d0<\/span><\/a>","favorBtn":"<button  type=\"button\" csn=\"U0ZMYzQwUENzdjg4Qm9CWDNCOG5TQT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"7\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"innobiz,goodcompany,cooperator,stock,military,ex_import","exp_min":"0","cat_bcd":"1,2,3,4,9,10","csn_num":"214-86-26675","description":"","company_file_fl":"y","title":"\uc5d0\ucf54\ud504\ub85c\uadf8\ub8f9 \uac01 \ubd80\ubb38 \ub300\uaddc\ubaa8 \uacbd\ub825\uc9c1 \ucc44\uc6a9","mcom_idx":"2492297","logo_src":"12974_logo_1.jpg","personnel_manager_fl":"s,n","read_cnt":"951","group_nm":"\uc5d0\ucf54\ud504\ub85c","sales_rank":"0","reg_dt":"1621930754","apply_cnt":"4","cat_cd":"1003,101,102,113,114,119,202,209,301,302,308,309,318,409,903,904,905,906","loc_cd":"102510,111230,114150","valuestatement":"n","apply_gb":"email","edu_cd":"7","subway_cd":"0","cert_class":"innobiz,goodcompany,cooperator","info_open_fl":"y","opening_dt":"1621954800","com_idx":"12974","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622991599","loc_mcd":"102000,111000,114000","item_id":"ai_recommend4,ai_recommend_m4,rank_up3_m2","cat_key":"10103|10114|10117|10207|11301|11317|11319|11402|11416|11417|11418|11419|11426|11429|11902|11905|11912|11913|20208|20902|20910|30101|30107|30201|30202|30812|30813|30836|30903|30904|30906|30908|30909|30913|30915|31801|31803|31804|31805|31814|40912|40915|40916|90302|90304|90305|90307|90402|90403|90404|90406|90410|90514|90603|90608|100301|100303|100304|100312|100314","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"2","com_photo":"n","stock_gb":"kosdaq","loc_bcd":"102510,111230,114150","exp_max":"0","rec_idx":"40321862","bbs_gb":"0","company_nm":"(\uc8fc)\uc5d0\ucf54\ud504\ub85c","category":"logo_premium,narae,nuri2,premium_alpha_m,premium_mobile,special_banner,special_mobile","pc_sort_dt":"1621998642","homepage":"www.ecopro.co.kr","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"595","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_7","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=595&tgId=0&itemSetId=0&itemValue=40321862&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40321862\" class=\"btn_scrap scrap-40321862\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"595","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_8","inner_term":"etc"}}},"summary_str":"\ud654\uc131\uc2dc <span class=\"txt_bar\">|<\/span> \uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ucd08\ub300\uc878\u2191","closing_str":"~ 6\/6(\uc77c)","recommend_ids_list":"40112056_596%7C40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40321862&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=595&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_8&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"dFNpK05pYmZoVzBWU0h5bm91TjJCdz09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"19\uc2dc\uac04 \uc804 \ub4f1\ub85d"},{"job_type":"1,2","company_type":"innobiz,goodcompany,w-small-giant,cooperator,invest,ex_audit","exp_min":"0","cat_bcd":"1,2,3,5,10","csn_num":"409-81-76875","description":"","company_file_fl":"n","title":"\u321c\uc624\uc774\uc194\ub8e8\uc158 \uac01 \ubd80\ubb38 \uc2e0\uc785\/\uacbd\ub825 \ucc44\uc6a9","mcom_idx":"2502901","logo_src":"23578_logo_1.gif","personnel_manager_fl":"n","read_cnt":"12221","group_nm":"","sales_rank":"0","reg_dt":"1619427884","apply_cnt":"335","cat_cd":"1003,101,113,114,119,209,308,309,314,315,518","loc_cd":"102220,102320,103040","valuestatement":"n","apply_gb":"email","edu_cd":"6","subway_cd":"10432","cert_class":"innobiz,goodcompany,w-small-giant,cooperator","info_open_fl":"y","opening_dt":"1619362800","com_idx":"23578","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1623337199","loc_mcd":"102000,103000","item_id":"ai_rcmd_plus2,ai_rcmd_plus_m2,background_color_m,bold5,bold_m2,rank_up11,rank_up6_m2","cat_key":"10101|10102|10103|10108|10117|11301|11312|11313|11317|11402|11403|11418|11420|11421|11902|11905|20901|20902|20903|20906|30801|30816|30820|30821|30836|30915|31402|31419|31420|31501|31502|31508|31516|51801|51812|51821|100301|100302|100309|100310","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"kosdaq","loc_bcd":"102220,102320,103040","exp_max":"0","rec_idx":"40112056","bbs_gb":"0","company_nm":"(\uc8fc)\uc624\uc774\uc194\ub8e8\uc158","category":"grand,grand_m","pc_sort_dt":"1621998360","homepage":"www.oesolutions.com","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_8","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=596&tgId=0&itemSetId=0&itemValue=40112056&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40112056\" class=\"btn_scrap scrap-40112056\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_9","inner_term":"etc"}}},"summary_str":"\uc218\uc6d0\uc2dc <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \uace0\uc878\u2191","closing_str":"~ 6\/10(\ubaa9)","recommend_ids_list":"40138207_561%7C40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40112056&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=596&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_9&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"OG04aEE1SkIvNmpwU2hsNmpqdm5WQT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"29\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"venture,goodcompany,stock,ex_audit,military,ex_import","exp_min":"0","cat_bcd":"1,2,3,4,5,11","csn_num":"214-86-15106","description":"\uc0c1\uc138\ubaa8\uc9d1\uc694\uac15 \ucc38\uace0","company_file_fl":"n","title":"2021\ub144 \uc0c1\ubc18\uae30 \uac01 \ubd80\ubb38 \uc2e0\uc785\/\uacbd\ub825\uc0ac\uc6d0 \ucc44\uc6a9","mcom_idx":"2496295","logo_src":"16972_logo.gif","personnel_manager_fl":"s,n","read_cnt":"11344","group_nm":"","sales_rank":"0","reg_dt":"1619680985","apply_cnt":"316","cat_cd":"101,108,1105,202,208,209,308,309,314,315,318,319,401,402,403,404,407,408,411,518","loc_cd":"102000,102240","valuestatement":"n","apply_gb":"email","edu_cd":"7","subway_cd":"0","cert_class":"venture,goodcompany","info_open_fl":"y","opening_dt":"1619622000","com_idx":"16972","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622213999","loc_mcd":"102000","item_id":"","cat_key":"10101|10102|10103|10108|10113|10802|10803|10804|10805|10807|20208|20222|20223|20801|20803|20804|20805|20807|20901|20902|20903|20906|20910|30807|30808|30809|30835|30838|30903|30904|30905|30906|30909|30916|30917|31419|31420|31501|31502|31508|31512|31516|31801|31803|31804|31805|31812|31903|31905|31906|31907|31908|40101|40104|40105|40106|40110|40201|40203|40204|40207|40226|40308|40310|40315|40321|40324|40404|40407|40425|40427|40430|40709|40712|40716|40717|40755|40802|40805|40806|40808|40812|41102|41105|41109|41113|51801|110503|110505|110508","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"kosdaq","loc_bcd":"102000,102240","exp_max":"0","rec_idx":"40138207","bbs_gb":"0","company_nm":"\ud30c\ud06c\uc2dc\uc2a4\ud15c\uc2a4(\uc8fc)","category":"","pc_sort_dt":"1620992760","homepage":"www.parksystems.com","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"561","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_9","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=561&tgId=0&itemSetId=0&itemValue=40138207&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40138207\" class=\"btn_scrap scrap-40138207\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"561","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_10","inner_term":"etc"}}},"summary_str":"\uacbd\uae30\uc804\uccb4 <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ucd08\ub300\uc878\u2191","closing_str":"~ 5\/28(\uae08)","recommend_ids_list":"40129976_594%7C40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40138207&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=561&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_10&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"eTJlekc0c2NPQ0pqQUZmdURGMU5WQT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"26\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"innobiz,goodcompany,cooperator,stock","exp_min":"0","cat_bcd":"1,2,3,4,5,9","csn_num":"135-81-83418","description":"","company_file_fl":"n","title":"\uac01 \ubd80\ubb38 \uc2e0\uc785\/\uacbd\ub825 \uacf5\uac1c\ucc44\uc6a9","mcom_idx":"7547771","logo_src":"45021_logo_1.gif","personnel_manager_fl":"n","read_cnt":"12251","group_nm":"\uc138\uacbd\ud558\uc774\ud14c\ud06c","sales_rank":"0","reg_dt":"1619596356","apply_cnt":"368","cat_cd":"101,208,209,301,302,308,309,314,315,316,318,402,411,518,906","loc_cd":"102220,102230","valuestatement":"n","apply_gb":"email","edu_cd":"7","subway_cd":"0","cert_class":"innobiz,goodcompany,cooperator","info_open_fl":"y","opening_dt":"1619535600","com_idx":"45021","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622473199","loc_mcd":"102000","item_id":"","cat_key":"10101|10103|10108|20801|20803|20804|20805|20807|20901|20902|20903|20905|20906|20910|30101|30106|30115|30201|30202|30230|30836|30838|30904|30906|30915|30916|31402|31406|31408|31412|31419|31420|31501|31502|31504|31508|31512|31516|31601|31602|31609|31801|31804|31805|31811|40201|40203|40207|40226|40234|41109|51801|51806|51821|51837|90603|90604|90608|90611","rec_manage_cd":"C,ZI,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"kosdaq","loc_bcd":"102220,102230","exp_max":"0","rec_idx":"40129976","bbs_gb":"0","company_nm":"(\uc8fc)\uc138\uacbd\ud558\uc774\ud14c\ud06c","category":"","pc_sort_dt":"1620973837","homepage":"http:\/\/www.sghitech.co.kr","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"594","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_10","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=594&tgId=0&itemSetId=0&itemValue=40129976&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40129976\" class=\"btn_scrap scrap-40129976\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"594","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_11","inner_term":"etc"}}},"summary_str":"\uc218\uc6d0\uc2dc <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ucd08\ub300\uc878\u2191","closing_str":"~ 5\/31(\uc6d4)","recommend_ids_list":"40321804_595%7C40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40129976&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=594&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_11&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"TUJmQzg3Z0JuYUVKZmdta3NmM21rQT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"27\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"stock,ex_audit,ex_import","exp_min":"0","cat_bcd":"2,10","csn_num":"298-88-01211","description":"\ubaa8\uc9d1\uc694\uac15 \ucc38\uc870","company_file_fl":"n","title":"\ud574\uc678\uc601\uc5c5 \ucc44\uc6a9","mcom_idx":"7751050","logo_src":"56932_logo.jpg","personnel_manager_fl":"n","read_cnt":"80","group_nm":"","sales_rank":"0","reg_dt":"1621930513","apply_cnt":"5","cat_cd":"1002,202,209","loc_cd":"102290","valuestatement":"n","apply_gb":"email","edu_cd":"0","subway_cd":"10327","cert_class":"","info_open_fl":"y","opening_dt":"1621868400","com_idx":"56932","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1625065199","loc_mcd":"102000","item_id":"ai_rcmd_plus2,ai_rcmd_plus_m2,background_color_m,bold5,bold_m2,rank_up11,rank_up6_m2","cat_key":"20208|20222|20223|20901|20902|20903|20904|20909|100202|100210|100214|100220","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"","loc_bcd":"102290","exp_max":"0","rec_idx":"40321804","bbs_gb":"0","company_nm":"(\uc8fc)\uc544\uc774\ub2e4\uc778\ud130\ub0b4\uc154\ub110","category":"focus_m,logo_focus","pc_sort_dt":"1621998658","homepage":"www.aidainter.com","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"595","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_11","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=595&tgId=0&itemSetId=0&itemValue=40321804&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40321804\" class=\"btn_scrap scrap-40321804\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"595","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_12","inner_term":"etc"}}},"summary_str":"\uc548\uc0b0\uc2dc \ub2e8\uc6d0\uad6c <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ud559\ub825\ubb34\uad00","closing_str":"~ 6\/30(\uc218)","recommend_ids_list":"40085293_594%7C39989468_602%7C40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40321804&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=595&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_12&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"Y21Cc2ZLaFRLV3NiMFNUN0tVN0JIZz09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"19\uc2dc\uac04 \uc804 \ub4f1\ub85d"},{"job_type":"1,2","company_type":"stock,military,ex_import","exp_min":"0","cat_bcd":"1,2,3,4,5,8,9,10,13","csn_num":"107-88-40539","description":"","company_file_fl":"n","title":"2021\ub144 \uc0c1\ubc18\uae30 \uc2e0\uc785 \ubc0f \uacbd\ub825\ucc44\uc6a9","mcom_idx":"2499218","logo_src":"19895_logo.jpg","personnel_manager_fl":"s,n","read_cnt":"23598","group_nm":"\ub514\uc54c\ud14d","sales_rank":"0","reg_dt":"1619064136","apply_cnt":"548","cat_cd":"1002,1003,114,119,1306,202,208,209,212,301,308,309,314,315,318,319,402,403,407,408,410,411,412,413,417,510,518,809,906","loc_cd":"102190,102210","valuestatement":"n","apply_gb":"email","edu_cd":"6","subway_cd":"0","cert_class":"","info_open_fl":"y","opening_dt":"1619017200","com_idx":"19895","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622473199","loc_mcd":"102000","item_id":"","cat_key":"11402|11420|11421|11423|11429|11902|11905|11908|11912|20208|20223|20801|20803|20804|20805|20806|20902|20903|20907|20908|20911|21201|21203|21204|30120|30816|30821|30824|30834|30841|30903|30904|30905|30906|30910|30915|31402|31406|31408|31417|31419|31501|31502|31505|31512|31516|31805|31812|31813|31904|40239|40318|40712|40714|40728|40755|40762|40805|40806|41034|41102|41105|41109|41115|41217|41301|41303|41304|41305|41701|41703|41709|51010|51801|51806|51807|51812|80901|90603|90607|90608|100213|100214|100220|100301|100302|100303|100304|100317|130602","rec_manage_cd":"C,ZI,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"kosdaq","loc_bcd":"102190,102210","exp_max":"0","rec_idx":"40085293","bbs_gb":"0","company_nm":"(\uc8fc)\ub514\uc54c\ud14d","category":"","pc_sort_dt":"1620831927","homepage":"www.drtech.co.kr","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"594","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_12","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=594&tgId=0&itemSetId=0&itemValue=40085293&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40085293\" class=\"btn_scrap scrap-40085293\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"594","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_13","inner_term":"etc"}}},"summary_str":"\uc131\ub0a8\uc2dc \ubd84\ub2f9\uad6c <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \uace0\uc878\u2191","closing_str":"~ 5\/31(\uc6d4)","recommend_ids_list":"39989468_602%7C40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40085293&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=594&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_13&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"SEZhelJTTC9aOGd0Q0JkbC9jTkdIQT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"33\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"","exp_min":"0","cat_bcd":"3","csn_num":"667-88-01436","description":"\uc81c\ud488 \ub0a9\ud488 \ubc0f \uc124\uce58, \uace0\uac1d\uad00\ub9ac","company_file_fl":"n","title":"\ubc18\ub3c4\uccb4, \ub514\uc2a4\ud50c\ub808\uc774, CS, Heater, Jacket, \ud788\ud130, \uc790\ucf13","mcom_idx":"7826851","logo_src":"","personnel_manager_fl":"y","read_cnt":"215","group_nm":"","sales_rank":"","reg_dt":"1617930105","apply_cnt":"8","cat_cd":"314","loc_cd":"102390","valuestatement":"","apply_gb":"email","edu_cd":"0","subway_cd":"10199","cert_class":"","info_open_fl":"y","opening_dt":"1617926400","com_idx":"0","grab_source_cd":"","sal_cd":"99","kindness_expired_dt":"","closing_dt":"1623164399","loc_mcd":"102000","item_id":"","cat_key":"31402|31406","rec_manage_cd":"T,TT,ZI,ZA,ZS,ZP,ZR","exp_cd":"0","com_photo":"n","stock_gb":"","loc_bcd":"102390","exp_max":"0","rec_idx":"39989468","bbs_gb":"0","company_nm":"(\uc8fc)\uc5d4\uc564\ucf00\uc774","category":"","pc_sort_dt":"1617930105","homepage":"","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"602","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_13","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=602&tgId=0&itemSetId=0&itemValue=39989468&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"39989468\" class=\"btn_scrap scrap-39989468\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"602","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_14","inner_term":"etc"}}},"summary_str":"\uc624\uc0b0\uc2dc <span class=\"txt_bar\">|<\/span> \uacbd\ub825\ubb34\uad00 <span class=\"txt_bar\">|<\/span> \ud559\ub825\ubb34\uad00","closing_str":"~ 6\/8(\ud654)","recommend_ids_list":"40256678_596","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;39989468&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=602&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_14&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"aHJwam5xZTg4Z2YwRk9PNExmVzMzdz09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"47\uc77c \uc804 \ub4f1\ub85d"},{"job_type":"1","company_type":"goodcompany,w-small-giant,cooperator,stock,ex_audit,military,ex_import","exp_min":"0","cat_bcd":"1,2,3,4,5,10","csn_num":"135-81-00381","description":"","company_file_fl":"n","title":"\u321c\ub3d9\uc544\uc77c\ub809\ucf64 \uc2e0\uc785\/\uacbd\ub825\uc0ac\uc6d0 \uacf5\uac1c\ucc44\uc6a9","mcom_idx":"2487511","logo_src":"8185_logo_1.gif","personnel_manager_fl":"s,n","read_cnt":"1232","group_nm":"","sales_rank":"0","reg_dt":"1621214289","apply_cnt":"57","cat_cd":"1002,102,107,113,202,208,209,302,308,314,318,404,407,518","loc_cd":"102400,102430","valuestatement":"n","apply_gb":"email","edu_cd":"7","subway_cd":"0","cert_class":"goodcompany,w-small-giant,cooperator","info_open_fl":"y","opening_dt":"1621177200","com_idx":"8185","grab_source_cd":"","sal_cd":"0","kindness_expired_dt":"","closing_dt":"1622732399","loc_mcd":"102000","item_id":"background_color_m,bold5,bold_m2,rank_up11,rank_up6_m2,top15,top_m18","cat_key":"10207|10210|10701|10702|10704|10705|11301|11303|11305|20208|20801|20804|20805|20807|20901|20902|20903|20904|20905|30201|30202|30206|30801|30814|30815|30816|30834|30839|31401|31402|31403|31418|31801|31803|31804|31805|31806|40402|40404|40407|40409|40413|40701|40702|40706|40707|40708|51801|51806|51812|51815|100202|100213|100214","rec_manage_cd":"C,ITM,ADS,S,ZR","exp_cd":"3","com_photo":"n","stock_gb":"","loc_bcd":"102400,102430","exp_max":"0","rec_idx":"40256678","bbs_gb":"0","company_nm":"(\uc8fc)\ub3d9\uc544\uc77c\ub809\ucf64","category":"grand,grand_m","pc_sort_dt":"1621992960","homepage":"www.dongahelecomm.co.kr","recParam":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_14","inner_term":"etc","trackEventAvatar":"","loggingRecommend":"loggingRecommendUrl(this, 'http:\/\/rcmd-log.saramin.co.kr:9020\/so-logging\/log\/client?custId=&pcId=16218423714597772708678&nonce=5245e4b8bd73f2a2185c&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&scnId=596&tgId=0&itemSetId=0&itemValue=40256678&click=1', '');","scrapBtn":"<button type=\"button\" onclick=\"Saramin.btnJob('scrap', this, '', 'quick_login');\" scraped=\"n\" rec_idx=\"40256678\" class=\"btn_scrap scrap-40256678\" imgtype=\"\" title=\"\uacf5\uace0 \uc2a4\ud06c\ub7a9\" onmousedown=\"try{n_trackEvent('pop_view', 'recommend', 'scrap' , '');}catch(e){}\"><img src=\"\/\/www.saraminimage.co.kr\/common\/bul_sri_star.png\" alt=\"\"><\/button>","quickApplyOptions":{"trackEvent":{"category":"pop_view","action":"recommend","opt_label":"quick_apply","opt_value":""},"applyTrackEvent":{"t_category":"pop_view","t_content":"pop_view_etc","t_ref":"pop_view","t_ref_content":"SRI_050_VIEW_MIX_RCT_NONMEM","t_ref_scnid":"596","dpId":"SRI_050_VIEW_MIX_RCT_NONMEM","ref_dp":"SRI_050_VIEW_MIX_RCT_NONMEM","inner_source":"saramin","inner_medium":"pattern","inner_campaign":"relay_view_apply_15","inner_term":"etc"}}},"summary_str":"\uc6a9\uc778\uc2dc <span class=\"txt_bar\">|<\/span> \uc2e0\uc785\/\uacbd\ub825 <span class=\"txt_bar\">|<\/span> \ucd08\ub300\uc878\u2191","closing_str":"~ 6\/3(\ubaa9)","recommend_ids_list":"none","quickApplyBtn":"<button  class=\"sri_btn_sm for_btn_event\" title=\"\ud074\ub9ad\ud558\uba74 \uc785\uc0ac\uc9c0\uc6d0\ud560 \uc218 \uc788\ub294 \ucc3d\uc774 \ub739\ub2c8\ub2e4.\" onclick=\"try{quickApplyForm(&#39;40256678&#39;,&#39;&#39;,&#39;t_category=pop_view&t_content=pop_view_etc&t_ref=pop_view&t_ref_content=SRI_050_VIEW_MIX_RCT_NONMEM&t_ref_scnid=596&dpId=SRI_050_VIEW_MIX_RCT_NONMEM&ref_dp=SRI_050_VIEW_MIX_RCT_NONMEM&inner_source=saramin&inner_medium=pattern&inner_campaign=relay_view_apply_15&inner_term=etc&#39;, &#39;&#39;); return false;} catch (e) {}; return false;\" onmousedown=\"try{n_trackEvent(&#39;pop_view&#39;,&#39;recommend&#39;,&#39;quick_apply&#39;,&#39;&#39;);}catch(e){}\"><span class=\"sri_btn_immediately\" >\uc785\uc0ac\uc9c0\uc6d0<\/span><\/button>","favorBtn":"<button  type=\"button\" csn=\"OTZQZWVUNWYycGFzdXIvS2liQ3JuUT09\" title=\"\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d\" del_fl=\"n\" class=\"btn_jview spr_jview btn_interest\" onclick=\"try{Saramin.btnJob(&#39;favor&#39;, this, &#39;&#39;, &#39;quick_login&#39;);}catch(e){}\" onmousedown=\"try {n_trackEvent(&#39;pop_view&#39;, &#39;recommend&#39;, &#39;favor&#39;, &#39;&#39;);}catch(e){}\" first_nudge=\"off\"><span class=\"blind\">\uad00\uc2ec\uae30\uc5c5 \ub4f1\ub85d<\/span><\/button>","txtRegDt":"9\uc77c \uc804 \ub4f1\ub85d"}],
            'related_list' : [],
            'related_scenarioIds' : Array,
            'related_loggingUrls' : [],
            'scrap_cnt' : '0',
            'readjob_cnt' : '0',
            'pay_recruit' : [],
            'pay_recruit_related' : [],
            'recruits' : []
        };

        for (var i = 0; i < jv_options.recruit_idxs.length; i++) {
            jv_options.recruits.push({
                loadStart: false,
                loadEnd: false,
                logged: false,
                params: {
                    'rec_idx' : jv_options.recruit_idxs[i]['rec_idx'],
                    'rec_seq' : i,
                    'utm_source': '',
                    'utm_medium': '',
                    'utm_term': '',
                    'utm_campaign': '',
                    'view_type' : 'etc',
                    't_ref': 'main',
                    't_ref_content': 'platinum_fix_expand',
                    't_ref_scnid': jv_options.recruit_idxs[i]['t_ref_scnid'],
                    'refer': '',
                    'searchType': '',
                    'searchword': '',
                    'ref_dp': 'SRI_050_VIEW_MIX_RCT_NONMEM',
                    'dpId': i === 0 ? '' : '',
                    'recommendRecIdx': ''
                }
            });
        }

        JobsView.init(jv_options);
    </script>

            </div>
        </div>
    </section>
<div id="dimmed" class="sri_dimmed" style="display:none"></div>
<script type="text/javascript">
var isPersonLogin = false;
var isCompanyLogin = false;
</script>

<script type="text/javascript">
var wwwBaseUrl = '';
var isNullRealNameVerified = '1';

//상세 입사지원 팝업
var isIE = function() {
    var ua = window.navigator.userAgent;
    var msie = ua.indexOf('MSIE ');
    if (msie > 0) {
        return true;
    }
    var trident = ua.indexOf('Trident/');
    if (trident > 0) {
        return true;
    }
    var edge = ua.indexOf('Edge/');
    if (edge > 0) {
        return false;
    }
    return false;
}
var closeAppSetupLayer = function(s) {
    if ( s == 'balloon-layer' ) {
        document.getElementById(s).style.display = 'none';
    } else {
        var layerEl = document.getElementById('app-setup-layer');
        layerEl.style.display = 'none';
    }
};
var isQuirksIE = isIE() && document.compatMode!=='CSS1Compat' ? true : false;

var loadingLayer = false;

// 릴레이 공고뷰에서 스크랩, 관심기업 로그인할 때 사용
var openIframeLoginLayer = function(rec_idx, company_nm, track_url, search_url, category) {
    if (loadingLayer) {
        alert('입사지원 프로세스가 실행중입니다. 잠시만 기다려 주세요.');
        return false;
    }
    var category = category || '';
    var rec_idx  = rec_idx || '';
    var quick_apply_frame = document.getElementById('quick_apply_frame');

    if (isCompanyLogin) {
        if ( !confirm('기업회원으로 로그인되어 있어 이용하실 수 없습니다.\n\n개인회원으로 로그인하시겠습니까?') ) {
            return;
        }
    }
    if (!isPersonLogin) {
        if (!!category && category == 'quick_login') {
            category = 'scrap';
        }

        quick_apply_frame.setAttribute('showLayer', 'y');
        var loginUrl = '/zf_user/member/apply/login-form?rec_idx=' + rec_idx + '&category=' + category;
        if (track_url) {
            loginUrl += '&' + track_url;
        }
        if (search_url) {
            loginUrl += '&' + search_url;
        }

        quick_apply_frame.style.display = 'none';
        quick_apply_frame.contentWindow.location.replace(loginUrl);
        showQuickApplyLayer();
    }
};

var showQuickApplyLayer = function() {
    if (!!document.getElementById('pop_login_layer')) {
        document.getElementById('pop_login_layer').style.display = 'none';
    }

    document.getElementsByTagName('body')[0].style.height = '100%';
    setQuickApplyLayerPosition();

    document.getElementById('iframe_layer').style.display = '';
};

var setQuickApplyLayerPosition = function() {
    var layerEl = document.getElementById('iframe_layer');

    var sheight = document.body.scrollTop;
    if (sheight == 0) {
        sheight = document.documentElement.scrollTop;
    }

    var sLeft = document.body.scrollLeft == 0 ? document.documentElement.scrollLeft : document.body.scrollLeft,
        window_w = window.innerWidth || document.documentElement.clientWidth || document.body.clientWidth;
        layerEl.style.top = sheight + 'px';
        layerEl.style.width = (window_w + sLeft) + 'px';

    var layerWidth = function(evt){
        sLeft = document.body.scrollLeft == 0 ? document.documentElement.scrollLeft : document.body.scrollLeft;
        window_w = window.innerWidth || document.documentElement.clientWidth || document.body.clientWidth;
        layerEl.style.width = (window_w + sLeft) + 'px';
    };
    function addEvent(obj, evType, fn) {
        if(obj.addEventListener) {
            obj.addEventListener(evType, fn, true);
            return true;
        } else if(obj.attachEvent) {
            var r = obj.attachEvent("on" + evType, fn);  return r;
        } else {
            return false;
        }
    }
    addEvent(window, 'resize', layerWidth, true);
};

var closeIframeLoginLayer = function(onlayer) {
    if (loadingLayer && onlayer != 'y') {
        alert('입사지원 프로세스가 실행중입니다. 잠시만 기다려주세요.');
        return false;
    }

    var quick_apply_frame = document.getElementById('quick_apply_frame'),
        iframeLayerEl = document.getElementById('iframe_layer'),
        reloadFl = document.getElementById('quick_apply_layer').getAttribute('reload');

    quick_apply_frame.setAttribute('showLayer', 'n');
    iframeLayerEl.style.display = 'none';
    document.getElementsByTagName('html')[0].style.overflow = '';
    if(isQuirksIE) document.getElementsByTagName('body')[0].style.overflow = '';
    try {
        if (reloadFl == 'y' && global_rec_idx) {
            location.reload();
        }

        var statisticEl = window.parent.document.getElementById('goStatistic');

        if (typeof(statisticEl) != 'undefined' && statisticEl.value == 'go') {
            var d = new Date();
            d.setTime(d.getTime() + 60000);
            var expires = "expires="+d.toUTCString();
            document.cookie = "relay_view_to=statistics;" + expires + ";path=/;"
            location.reload();
        }
    } catch (e) {}
};

var showRecommendRecruitLayer = function (rec_idx, recruitapply_idx) {
    document.getElementById('iframe_layer').style.display = 'none';

    showQuickApplyLayer();

    //loadingLayer = true;

    var quick_apply_frame = document.getElementById('quick_apply_frame');
    quick_apply_frame.style.display = 'none';
    quick_apply_frame.setAttribute('showLayer', 'y');
    quick_apply_frame.contentWindow.location.replace('/zf_user/member/apply/recommend-recruit-list?rec_idx=' + rec_idx + '&recruitapply_idx=' + recruitapply_idx + '&apply_type=applyStatus');
};

var goResumeManage = function () {
    if (confirm('이력서가 등록되지 않았습니다.\n지금 등록하시겠습니까?')) {
        location.href = wwwBaseUrl + '/zf_user/member/resume-manage/select-template';
    }
};

var setReload = function(flag) {
    document.getElementById('quick_apply_layer').setAttribute('reload', flag);
};

</script>
<div id="iframe_layer" class="iframe_layer" style="display: none;">
    <div id="quick_apply_layer" class="once_layer" reload="n">
        <div id="quick_apply_layer_loading" class="layer_loading" style="display:none"><img src="//www.saraminimage.co.kr/js/libs/images/loading.gif"></div>
        <iframe id="quick_apply_frame" name="quick_apply_frame" src="about:blank" width="540" height="0" scrolling="no" frameborder="0" allowtransparency="true" title="입사지원" showlayer="n" style=""></iframe>
        <a href="#close" onclick="closeIframeLoginLayer(); return false;" class="once_ly_close">
            <img src="//www.saraminimage.co.kr/sri/common/btn/btn_layer_close.png" alt="닫기">
        </a>
    </div>
</div>

<div class="wrap_quick_apply_layer" id="wrap_quick_apply_layer" style="display: none">
    <iframe src="about:blank" id="quick_apply_layer_frame" name="quick_apply_layer_frame" style="display:none;position: fixed;right:34px;bottom:0;z-index: 150;width: 448px;height: 740px;border:0;border-radius: 20px;border-bottom-left-radius:0;border-bottom-right-radius:0;box-sizing: border-box;box-shadow: 0 2px 30px 0 rgba(0, 0, 0, 0.15);"></iframe>
</div>
<script src="/js/apply/QuickApply.js?v=20210525163233"></script>
<div id="pop_login_layer_dimmed" style="display:none;position:fixed;top:0;left:0;width:100%;height:100%;background:url(//www.saraminimage.co.kr/event_2014/0708_rank1/bg_dimmed.png) repeat 0 0;z-index:9998;"></div>
<div id="pop_login_layer" class="pop_login_layer" style="display: none; position: absolute; top: 280px;">
    <div class="outer">
        <form name="loginFrm" id="loginFrm" action="https://www.saramin.co.kr/zf_user/auth/login" method="post" onsubmit="return loginCheckMainLayer(this);">
            <input type="hidden" name="page_url" id="page_url" value="L3pmX3VzZXIvam9icy9yZWxheS9wb3Atdmlldz9yZWNfaWR4PTQwMjIzNjM4JnRfcmVmPW1haW4mdF9yZWZfY29udGVudD1wbGF0aW51bV9maXhfZXhwYW5k">
            <input type="hidden" name="url" value="">
            <input type="hidden" name="allowType" value="">
            <input type="hidden" name="ut" value="">
            <input type="hidden" name="layerScrapIdx" value="">
            <input type="hidden" name="layerFavorIdx" value="">
            <input type="hidden" name="rec_apply_fl" value="n">
            <fieldset class="inner">
                <legend><strong>개인회원로그인</strong>이 필요한 서비스입니다.</legend>
                <div class="setting">
                    <input id="ly_autologin" name="autologin" type="checkbox">
                    <label for="ly_autologin"> 로그인 유지 </label>
                    <div class="dsc_ly" id="tooltip_autologin" style="display: none;">
                        <button class="btn_ly_close" id="auto_login_close" type="button">닫기</button>
                        <span class="dsc_arr"></span>
                        <p class="dsc_txt">
                            <strong>[개인회원 전용]</strong><br>
                            개인정보 보호를 위해 개인 PC에서만 이용해 주세요.
                        </p>
                    </div>
                    <input id="ly_id_save" name="id_save" class="ly_id_save" type="checkbox">
                    <label for="ly_id_save">아이디 저장</label>
                </div>
                <div id="login_form" class="login-form">
                    <div id="id_input_form" class="id-input-box focus">
                        <label id="ly-id-label" for="ly_id"><span>아이디</span></label>
                        <input type="text" name="id" id="ly_id" value="">
                    </div>
                    <div id="pw_input_form" class="pw-input-box">
                        <label id="ly-password-label" for="ly_password"><span>비밀번호</span></label>
                        <input type="password" name="password" id="ly_password" value="">
                    </div>
                                        <button type="submit" class="btn-login" onmousedown="loggingEventAndTagManager(['login','pc_login_layer','per_login',''],['ga_lead','login','pc_login_layer','per_login'])"><span>로그인</span></button>
                </div>
                <p class="signup-forgotten">
                                        <a href="/zf_user/member/registration/join" target="_blank" class="sign-up">회원가입</a>
                    <span></span>
                    <a href="/zf_user/helpdesk/idpw-find" target="_blank" class="forgotten">아이디/비밀번호 찾기</a>
                </p>
                                    <ul class="social_login_layer" style="display: inline-block;">
                                                <li class="_social_login">
                            <a href="/zf_user/auth/sign-in-with?provider=naver.com&amp;display=popup&amp;url=%2Fzf_user%2Fjobs%2Frelay%2Fpop-view%3Frec_idx%3D40223638%26t_ref%3Dmain%26t_ref_content%3Dplatinum_fix_expand&amp;login_type=p" data-provider="naver" class="popup_login sl_naver" onmousedown="loggingEventAndTagManager(['login','pc_login_layer','per_login_naver',''],['ga_lead','login','pc_login_layer','per_login_naver'])">네이버 로그인</a></li>
                                                <li class="_social_login">
                            <a href="/zf_user/auth/sign-in-with?provider=facebook.com&amp;display=popup&amp;url=%2Fzf_user%2Fjobs%2Frelay%2Fpop-view%3Frec_idx%3D40223638%26t_ref%3Dmain%26t_ref_content%3Dplatinum_fix_expand&amp;login_type=p" data-provider="facebook" class="popup_login sl_facebook" onmousedown="loggingEventAndTagManager(['login','pc_login_layer','per_login_facebook',''],['ga_lead','login','pc_login_layer','per_login_facebook'])">페이스북 로그인</a></li>
                                                <li class="_social_login">
                            <a href="/zf_user/auth/sign-in-with?provider=kakao.com&amp;display=popup&amp;url=%2Fzf_user%2Fjobs%2Frelay%2Fpop-view%3Frec_idx%3D40223638%26t_ref%3Dmain%26t_ref_content%3Dplatinum_fix_expand&amp;login_type=p" data-provider="kakao" class="popup_login sl_kakao" onmousedown="loggingEventAndTagManager(['login','pc_login_layer','per_login_kakao',''],['ga_lead','login','pc_login_layer','per_login_kakao'])">카카오 로그인</a></li>
                                                <li class="_social_login">
                            <a href="/zf_user/auth/sign-in-with?provider=google.com&amp;display=popup&amp;url=%2Fzf_user%2Fjobs%2Frelay%2Fpop-view%3Frec_idx%3D40223638%26t_ref%3Dmain%26t_ref_content%3Dplatinum_fix_expand&amp;login_type=p" data-provider="google" class="popup_login sl_google" onmousedown="loggingEventAndTagManager(['login','pc_login_layer','per_login_google',''],['ga_lead','login','pc_login_layer','per_login_google'])">구글 로그인</a></li>
                                                <li class="_social_login">
                            <a href="/zf_user/auth/sign-in-with?provider=apple.com&amp;display=popup&amp;url=%2Fzf_user%2Fjobs%2Frelay%2Fpop-view%3Frec_idx%3D40223638%26t_ref%3Dmain%26t_ref_content%3Dplatinum_fix_expand&amp;login_type=p" data-provider="apple" class="popup_login sl_apple" onmousedown="loggingEventAndTagManager(['login','pc_login_layer','per_login_apple',''],['ga_lead','login','pc_login_layer','per_login_apple'])">애플 로그인</a></li>
                                                <li><a href="http://safelogin.kr/sauth/regist?site_code=LT&amp;sub_code=1" class="popup_login sl_phone sl_information" target="_blank">휴대폰번호로 로그인</a></li>
                    </ul>
                            </fieldset>
        </form>
        <button class="pop_login_layer_close" id="pop_login_layer_close">닫기</button>
    </div>
    <script type="text/javascript">

        var getId = (function () {
            var elCache = {};
            return function (id) {
                if (!elCache[id]) {
                    elCache[id] = document.getElementById(id);
                }
                return elCache[id];
            }
        })();

        var page_url = 'L3pmX3VzZXIvam9icy9yZWxheS9wb3Atdmlldz9yZWNfaWR4PTQwMjIzNjM4JnRfcmVmPW1haW4mdF9yZWZfY29udGVudD1wbGF0aW51bV9maXhfZXhwYW5k';
        var autoLoginCheck = getId('pop_login_layer').querySelector('form').ly_autologin;

        function addEvent(ele, eventType, func) {
            var obj = typeof ele === 'string' ? getId(ele) : ele;
            if (obj.addEventListener) {
                obj.addEventListener(eventType, func, false);
            } else if (obj.attachEvent) {//IE
                obj.attachEvent('on' + eventType, func);
            }
        }

        //아이디
        addEvent("ly_id", "focus", function () {
            getId('ly-id-label').style.display = 'none';
        });
        addEvent("ly_id", "blur", function () {
            if (getId('ly_id').value === '') {
                getId('ly-id-label').style.display = 'block';
            }
        });

        //패스워드
        addEvent("ly_password", "focus", function () {
            getId('ly-password-label').style.display = 'none';
        });
        addEvent("ly_password", "blur", function () {
            if (getId('ly_password').value === '') {
                getId('ly-password-label').style.display = 'block';
            }
        });

        //창닫기
        addEvent("pop_login_layer_close", "click", function () {
            getId('page_url').value = page_url;
            getId('pop_login_layer').style.display = 'none';
            getId('pop_login_layer_dimmed').style.display = 'none';
        });

        //로그인 유지 창닫기
        addEvent("auto_login_close", "click", function () {
            getId('tooltip_autologin').style.display = 'none';
        });


        //로그인 유지 안내 팝업
        addEvent(autoLoginCheck, 'click', function () {
            getId('tooltip_autologin').style.display = autoLoginCheck.checked ? 'block' : 'none';
        });

        //폼  체크
        function loginCheckMainLayer(form) {
            if (form.id.value === "") {
                alert("아이디를 입력하세요.");
                form.id.focus();
                return false;
            }
            if (form.id.value.indexOf(" ") > 0) {
                alert("아이디에 공백에 있습니다. 공백을 제거해주세요");
                form.id.focus();
                return false;
            }
            if (form.id.value.length < 4) {
                alert("아이디는 4자이상이어야 합니다");
                form.id.focus();
                return false;
            }
            if (form.password.value === "") {
                alert("비밀번호를 입력하세요");
                form.password.focus();
                return false;
            }
            if (form.password.value.length < 4 || form.password.value.length > 32) {
                alert("비밀번호는 영문,숫자,특수문자 조합 6~32자 입니다.");
                form.password.focus();
                return false;
            }
            return true;
        }

        //페이지 로딩시 초기화 시켜 준다.
        setTimeout(function () {
            var idInPut = getId('ly_id');
            var pwInput = getId('ly_password');
            if (!getId('ly_id').value) {
                idInPut.value = '';
                idInPut.blur();
            }
            pwInput.value = '';
            pwInput.blur();
        }, 50);

        (function ($) {
            $('._social_login').on('click', 'a', function (e) {
                e.preventDefault();
                e.stopPropagation();
                var link =  $(e.currentTarget).attr('href'),
                    provider = $(e.currentTarget).data('provider');
                if((navigator.userAgent.toLowerCase().indexOf("msie") !== -1) && provider === 'apple'){
                    if(confirm('IE10이하 버전의 인터넷 익스플로러에서는 Apple 로그인이 정상 작동하지 않을 수 있습니다.\n' +
                        '인터넷 익스플로러를 최신 버전으로 업데이트 해주세요'))
                    {
                        window.open(link, '_blank', 'width=480,height=640');
                    }
                    return;
                }
                window.open(link, '_blank', 'width=480,height=640');
            });
        })(jQuery);
    </script>
</div>
<script type="text/javascript">
(function() {
  var pszProto = (("https:" == document.location.protocol) ? "https://www.saramin.co.kr/js/" : "//www.saraminimage.co.kr/js/");
  document.write(unescape("%3Cscript src='" + pszProto + "wl6.js' type='text/javascript'%3E%3C/script%3E"));
})();
</script><script src="https://www.saramin.co.kr/js/wl6.js" type="text/javascript"></script>

<script type="text/javascript">
    // 1.
_n_sid = "saramin";
_n_uid_cookie = "UID";
_n_info1_cookie = "Mtype";
n_logging();
</script>

<script type="text/javascript">

	function n_trackEvent(category, action, opt_label, opt_value, opt_noninteraction) {
	    var l = document.location;
	    var url = l.protocol + '//' + l.host + '/trackEvent?category=' + category + '&action=' + action;
	    var label = opt_label || '';
	    var value = opt_value || '';
	    url = url + '&opt_label=' + label + '&opt_value=' + value;
	    n_click_logging(url, l.href);
	    try {
	        _gaq.push(['_trackEvent', category, action, opt_label, opt_value, opt_noninteraction]);
	        ga('send', 'event', category, action, opt_label, opt_value, opt_noninteraction);
	    } catch (_e) {}
	}
	
	function pushDataLayer(event, category, event_flow, event_label) {
	    try {
            dataLayer.push({
                'event': event || 'ga_lead',
                'category': category || '',
                'event-flow': event_flow || '',
                'event-label': event_label || ''
            });

        }catch (e) {

        }
    }

    // 클릭 이벤트 + 구글 태그매니져 로깅
    function loggingEventAndTagManager(trackEventAttr, tagManagerAttr) {
        n_trackEvent(trackEventAttr[0], trackEventAttr[1], trackEventAttr[2], trackEventAttr[3]);
        pushDataLayer(tagManagerAttr[0], tagManagerAttr[1], tagManagerAttr[2], tagManagerAttr[3]);
    }


    function promotionPushDataLayer(log_event, log_id, log_name, log_creative, log_position) {
	    try{
            var ecommerce_type = log_event === 'promotionClick' ? 'promoClick' : 'promoView';
            var promotion_log = {};
            promotion_log[ecommerce_type] = {
                'promotions': [
                    {
                        'id': log_id,
                        'name': log_name,
                        'creative': log_creative,
                        'position': log_position
                    }
                ]
            };

            var log_data = {
                'event': log_event,
                'ecommerce': promotion_log
            };

            dataLayer.push(log_data);
        } catch (e) {

        }
    }

	
	function _hwaClick(cc) {
		n_trackEvent('ADs', 'Click-' + cc);
	}

    function applyTrackEvent(el, opt_category, opt_content, opt_ref, opt_ref_content) {

        try {
            var url         = el.href;
            var category    = opt_category || '';
            var content     = opt_content || '';
            var ref         = opt_ref || '';
            var ref_content = opt_ref_content || '';
            var anchor      = '';

            if ( url.indexOf('#') != -1 ) {
                var splitUrl = url.split('#');
                url = splitUrl[0];
                anchor = splitUrl[1];
            }

            if( url.indexOf('?') < 0 ) {
                url = url + '?t_category=' + category + '&t_content=' + content + '&t_ref=' + ref + '&t_ref_content=' + ref_content;
            } else {
                url = url + '&t_category=' + category + '&t_content=' + content + '&t_ref=' + ref + '&t_ref_content=' + ref_content;
            }

            if ( anchor != '' ) {
                url += '#' + anchor;
            }

            el.href = url;
        } catch (e) {
        }
    }

    function s_trackApply(el, opt_ref, opt_ref_content, opt_ref_scnid, opt_ref_area, opt_etc) {

        try {
            var url         = el.href;
            var ref         = opt_ref || '';
            var ref_content = opt_ref_content || '';
            var ref_scnid   = opt_ref_scnid || '';
            var ref_area   = opt_ref_area || '';
            var anchor      = '';

            var opt = opt_etc || {};

            if( url.indexOf('t_ref') > 0 ) return;

            if ( url.indexOf('#') != -1 ) {
                var splitUrl = url.split('#');
                url = splitUrl[0];
                anchor = splitUrl[1];
            }

            if( url.indexOf('?') < 0 ) {
                url = url + '?t_ref=' + ref + '&t_ref_content=' + ref_content;
            } else {
                url = url + '&t_ref=' + ref + '&t_ref_content=' + ref_content;
            }

            if (!!ref_scnid) {
				url += '&t_ref_scnid=' + ref_scnid;
            }

            if (!!ref_area) {
				url += '&t_ref_area=' + ref_area;
            }

            if ( anchor != '' ) {
                url += '#' + anchor;
            }

            if (opt.constructor === Object) {
                for (k in opt) {
                    if (opt.hasOwnProperty(k)) {
                        url += '&' + k + '=' + opt[k];
                    }
                }
            }

            el.href = url;

        } catch (e) {
        }
    }
</script>


<script type="text/javascript" src="//wcs.naver.net/wcslog.js"></script>
 
<script type="text/javascript"> 
if (!wcs_add) var wcs_add={};
wcs_add["wa"] = "s_1d3a45fb0bfe";
if (!_nasa) var _nasa={};
wcs.inflow();
wcs_do(_nasa);
</script> 
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
        new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
        j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
        'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    })(window,document,'script','dataLayer','GTM-MK2GBBH');</script>
<!-- End Google Tag Manager -->
<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-MK2GBBH"
                  height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
<div id="_sticky_warp"></div>



<script type="text/javascript">window.NREUM||(NREUM={});NREUM.info={"beacon":"bam-cell.nr-data.net","licenseKey":"03a1f7dfe5","applicationID":"443261373","transactionName":"YFJaMkNTDBIFAUJfWVkYeQVFWw0PSwhZVEUYRV0KUEtNEQsSG0BfUkA=","queueTime":0,"applicationTime":449,"atts":"TBVZRAtJHxw=","errorBeacon":"bam-cell.nr-data.net","agent":""}</script>

<div style="display: none; visibility: hidden;"><script>var cookie="\/zf_user\/jobs\/relay\/pop-view",cookieName="mkt_ecommerce_pagepath",cookieValue=cookie,expirationTime=1800;expirationTime*=1E3;var date=new Date,dateTimeNow=date.getTime();date.setTime(dateTimeNow+expirationTime);date=date.toUTCString();document.cookie=cookieName+"\x3d"+cookieValue+"; expires\x3d"+date+"; path\x3d/; domain\x3d."+location.hostname.replace(/^www\./i,"");</script></div><div style="display: none; visibility: hidden;"><script>(function(){try{var c=google_tag_manager["GTM-MK2GBBH"].macro(43),d="_rc",b=150;b*=1E3;var a=new Date,e=a.getTime();a.setTime(e+b);a=a.toUTCString();document.cookie=d+"\x3d"+c+"; expires\x3d"+a+"; path\x3d/; domain\x3d."+location.hostname.replace(/^www\./i,"")}catch(f){}})();</script></div><script type="text/javascript" id="">window.dataLayer=window.dataLayer||[];dataLayer.push({event:"Event_Sampling",random_page:"747221513"});</script>
	<script type="text/javascript" id="">window.dataLayer=window.dataLayer||[];dataLayer.push({userId:"undefined"});</script>
	<script type="text/javascript" id="">dataLayer.push({event:"productClick",ecommerce:{click:{actionField:{list:"\/zf_user\/jobs\/relay\/pop-view"},products:[{name:"etc",id:"undefined",price:0,brand:"undefined",category:"etc",variant:"null",position:"\/zf_user\/jobs\/relay\/pop-view"}]}}});</script>
<script type="text/javascript" id="">dataLayer.push({event:"jobs_view",ecommerce:{currencyCode:"KOR",impressions:[{name:"platinum_fix_expand",id:"undefined",price:0,brand:"\/zf_user\/jobs\/relay\/pop-view",category:"platinum_fix_expand",variant:"undefined",list:"\/zf_user\/jobs\/relay\/pop-view",position:"40223638"}]}});</script></body></html>