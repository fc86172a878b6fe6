import * as echarts from 'echarts';
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 200 });
c.setOption({ animation:false, xAxis: { type: 'category', data: ['<b>a&</b>', '2020'] }, yAxis: {}, series: [{ type: 'bar', name: 'x<script>', data: [{value:1, href:'/x'}, 2] }], legend: {}, tooltip: {} });
console.log(c.renderToSVGString().slice(0, 1500));
